using DossierFamille.EndToEnd.Tests.Infrastructure;
using DossierFamille.Storage.Intake;
using DossierFamille.Web.Data;
using DossierFamille.Web.Features.Accounts;
using DossierFamille.Web.Features.Dossier;
using DossierFamille.Web.Features.Reglements;
using DossierFamille.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static DossierFamille.EndToEnd.Tests.Infrastructure.SignIn;

namespace DossierFamille.EndToEnd.Tests.Dossier;

[Trait("Category", "Dossier")]
public sealed class DossierJourneyTests(BrowserPortal portal) : IClassFixture<BrowserPortal>
{
    [Fact]
    public async Task A_parent_transmits_every_fiche_a_refusal_is_corrected_both_are_accepted_and_the_reglement_is_signed()
    {
        var family = await portal.CreateFamilyAsync();
        var childId = await portal.AddChildAsync(family, "Lina");
        await PublishReglementAsync(childId);
        var gestionnaireName = await portal.CreateStaffAsync(Roles.Gestionnaire);

        var parent = await portal.NewPageAsync(phone: true);
        await LoginAsync(parent, family.UserName);
        await parent.GetByRole(AriaRole.Heading, new() { Name = "Ce qu'il vous reste à faire" }).WaitForAsync();
        await parent.CheckPageAsync();
        await parent.GetByRole(AriaRole.Link, new() { Name = "Dossier famille" }).First.ClickAsync();
        await parent.GetByText("Il vous reste 2 fiche(s) à valider et transmettre.").WaitForAsync();
        await parent.CheckPageAsync();

        await parent.GetByRole(AriaRole.Link, new() { Name = "Accéder à la fiche : Fiche famille" }).ClickAsync();
        await parent.GetByLabel("Date de naissance").FillAsync("1986-02-03");
        await parent.CheckPageAsync();
        await parent.GetByLabel("Adresse").FillAsync("8 allée des Tilleuls, 99000 Carteville");
        await parent.GetByLabel("Téléphone portable").FillAsync("06 11 22 33 44");
        await parent.GetByLabel("Situation familiale").SelectOptionAsync("Vie maritale");
        await parent.GetByLabel("Régime allocataire").SelectOptionAsync("CAF");
        await parent.GetByRole(AriaRole.Button, new() { Name = "Enregistrer en brouillon" }).ClickAsync();
        await parent.GetByText("Brouillon enregistré.").WaitForAsync();
        await parent.CheckPageAsync();
        await UploadAsync(parent, "Attestation CAF ou MSA", "attestation-caf.pdf");
        await UploadAsync(parent, "Dernier avis d'imposition", "avis-imposition.pdf");
        await parent.GetByRole(AriaRole.Button, new() { Name = "Valider et transmettre la fiche" }).ClickAsync();
        await parent.GetByText("Fiche validée et transmise à la mairie.").WaitForAsync();
        Assert.True(await parent.GetByLabel("Adresse").IsDisabledAsync());
        await parent.CheckPageAsync();

        await parent.GotoAsync("/dossier");
        await parent.GetByRole(AriaRole.Link, new() { Name = "Accéder à la fiche : Fiche enfant" }).ClickAsync();
        await parent.CheckPageAsync();
        await parent.GetByLabel("Compagnie d'assurance").SelectOptionAsync("MAE");
        await parent.GetByLabel("Numéro de contrat").FillAsync("MAE-445566");
        await parent.GetByLabel("Date d'expiration").FillAsync("2027-09-30");
        await parent.GetByLabel("J'autorise les interventions médicales d'urgence").CheckAsync();
        await parent.GetByRole(AriaRole.Button, new() { Name = "Enregistrer en brouillon" }).ClickAsync();
        await UploadAsync(parent, "Attestation d'assurance", "assurance.pdf");
        await UploadAsync(parent, "Carnet de vaccination", "vaccins.pdf");
        await parent.GetByRole(AriaRole.Button, new() { Name = "Valider et transmettre la fiche" }).ClickAsync();
        await parent.GetByText("Fiche validée et transmise à la mairie.").WaitForAsync();

        var gestionnaire = await portal.NewPageAsync();
        await LoginAsync(gestionnaire, gestionnaireName);
        await gestionnaire.GotoAsync("/gestion/fiches");
        await gestionnaire.CheckPageAsync();
        var familyRow = gestionnaire.Locator("tr", new() { HasText = "Fiche famille" }).Filter(new() { HasText = family.Reference.Replace("T-", "TEST", StringComparison.Ordinal) });
        await familyRow.GetByRole(AriaRole.Link, new() { Name = "Vérifier" }).ClickAsync();
        await gestionnaire.GetByText("8 allée des Tilleuls").WaitForAsync();
        await gestionnaire.CheckPageAsync();
        await gestionnaire.GetByRole(AriaRole.Button, new() { Name = "Refuser" }).ClickAsync();
        await gestionnaire.GetByText("Indiquez le motif du refus").WaitForAsync();
        await gestionnaire.CheckPageAsync();
        await gestionnaire.GetByLabel("Motif (obligatoire en cas de refus").FillAsync("L'adresse ne correspond pas à l'avis d'imposition.");
        await gestionnaire.GetByRole(AriaRole.Button, new() { Name = "Refuser" }).ClickAsync();
        await gestionnaire.GetByText("Décision enregistrée").WaitForAsync();
        await gestionnaire.CheckPageAsync();

        var refusal = (await Maildev.WaitForAsync(family.Email, e => e.Subject.StartsWith("Votre fiche famille", StringComparison.Ordinal) && e.Subject.EndsWith("refusée", StringComparison.Ordinal))).Single();
        Assert.Contains("L'adresse ne correspond pas à l'avis d'imposition.", refusal.Text, StringComparison.Ordinal);

        await parent.GotoAsync("/dossier");
        await parent.GetByText("motif : L'adresse ne correspond pas à l'avis d'imposition.").WaitForAsync();
        await parent.CheckPageAsync();
        await parent.GetByRole(AriaRole.Link, new() { Name = "Accéder à la fiche : Fiche famille" }).ClickAsync();
        await parent.GetByLabel("Adresse").FillAsync("12 rue de la Mairie, 99000 Carteville");
        await parent.GetByRole(AriaRole.Button, new() { Name = "Valider et transmettre la fiche" }).ClickAsync();
        await parent.GetByText("Fiche validée et transmise à la mairie.").WaitForAsync();

        foreach (var title in new[] { "Fiche famille", "Fiche enfant" })
        {
            await gestionnaire.GotoAsync("/gestion/fiches");
            await gestionnaire.Locator("tr", new() { HasText = title }).Filter(new() { HasText = family.Reference.Replace("T-", "TEST", StringComparison.Ordinal) })
                .GetByRole(AriaRole.Link, new() { Name = "Vérifier" }).ClickAsync();
            await gestionnaire.GetByRole(AriaRole.Button, new() { Name = "Accepter" }).ClickAsync();
            await gestionnaire.GetByText("Décision enregistrée").WaitForAsync();
        }

        await Maildev.WaitForAsync(family.Email, e => e.Subject.EndsWith("acceptée", StringComparison.Ordinal), count: 2);
        await parent.GotoAsync("/dossier");
        await parent.GetByText("Toutes vos fiches ont été transmises.").WaitForAsync();
        await parent.CheckPageAsync();
        Assert.Equal(2, await parent.GetByText("Acceptée", new() { Exact = true }).CountAsync());

        await parent.GotoAsync("/");
        await parent.GetByRole(AriaRole.Link, new() { Name = "Signer le règlement intérieur : Lina" }).ClickAsync();
        await parent.CheckPageAsync();
        await parent.GetByLabel(ReglementSignatures.Wording).CheckAsync();
        await parent.GetByLabel("Fait à").FillAsync("Carteville");
        await parent.GetByRole(AriaRole.Button, new() { Name = "Signer" }).ClickAsync();
        await parent.GetByText("Signature enregistrée.").WaitForAsync();
        await parent.CheckPageAsync();
        var receipt = (await Maildev.WaitForAsync(family.Email, e => e.Subject.StartsWith("Règlement intérieur signé", StringComparison.Ordinal))).Single();
        Assert.Equal("application/pdf", Assert.Single(receipt.Attachments!).ContentType);
        await parent.ScreenshotAsync(new() { Path = Path.Combine(Path.GetTempPath(), "dossierfamille-reglement.png"), FullPage = true });

        await using var scope = portal.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var evidence = await db.ReglementSignatures.AsNoTracking().SingleAsync(s => s.ChildId == childId);
        Assert.Contains("Chrome", evidence.UserAgent, StringComparison.Ordinal);
        Assert.All(await db.Fiches.AsNoTracking().Where(f => f.FamilyId == evidence.FamilyId).ToListAsync(), f => Assert.Equal(FicheStatus.Acceptee, f.Status));
    }

    private static async Task UploadAsync(IPage page, string piece, string fileName)
    {
        await page.GetByLabel("Pièce", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = piece });
        await page.GetByLabel("Fichiers").SetInputFilesAsync(new FilePayload { Name = fileName, MimeType = "application/pdf", Buffer = SamplePdf.Create(piece) });
        await page.GetByRole(AriaRole.Button, new() { Name = "Ajouter" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = fileName }).WaitForAsync();
    }

    private async Task PublishReglementAsync(int childId)
    {
        await using var scope = portal.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var structureId = await db.Enrolments.Where(e => e.ChildId == childId).Select(e => e.StructureId).SingleAsync();
        using var pdf = new MemoryStream(SamplePdf.Create("Règlement intérieur"));
        Assert.Null(await scope.ServiceProvider.GetRequiredService<Reglements>().PublishAsync(structureId, new IncomingFile(pdf, "reglement.pdf", "application/pdf"), "Admin", CancellationToken.None));
    }
}
