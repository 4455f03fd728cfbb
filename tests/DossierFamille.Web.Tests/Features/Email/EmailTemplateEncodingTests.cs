using System.Net;
using DossierFamille.Web.Features.Accounts;
using DossierFamille.Web.Features.Dossier;
using DossierFamille.Web.Tests.Infrastructure;

namespace DossierFamille.Web.Tests.Features.Email;

/// <summary>What a parent or a gestionnaire typed goes into the workflow emails as text, never as HTML.</summary>
public sealed class EmailTemplateEncodingTests(SqlitePortal portal) : IClassFixture<SqlitePortal>
{
    private const string HostileFirstName = "<a href=\"https://evil.example/reset\">Cliquez ici</a>";
    private const string HostileLastName = "<img src=x onerror=alert(1)>";
    private const string HostileMotif = "Pièce illisible <script>alert('mairie')</script> <a href=\"https://evil.example\">renvoyez-la ici</a>";

    [Fact]
    public async Task A_refusal_email_shows_hostile_names_and_motif_as_text()
    {
        var family = await portal.CreateFamilyAsync();
        var child = await portal.AddChildAsync(family, "Lina");
        var parent = PortalClient.For(portal);
        await parent.SignInAsync(family.UserName, TestFamily.Password);
        var dossier = await parent.PageAsync("/dossier");
        using var added = await parent.Http.PostAsync(new Uri("/dossier/autres-responsables", UriKind.Relative), new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = DossierSteps.Token(dossier) }));
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        var fiche = (await DossierSteps.FichesAsync(portal, family)).Single(f => f.Kind == FicheKind.AutreResponsable);
        Assert.EndsWith("statut=transmise", await DossierSteps.PostFicheAsync(parent, fiche, new Dictionary<string, string>
        {
            ["FirstName"] = HostileFirstName,
            ["LastName"] = HostileLastName,
            ["Address"] = "3 chemin des Vignes, 99000 Carteville",
            ["MobilePhone"] = "06 44 55 66 77",
            ["Links[0].ChildId"] = $"{child}",
            ["Links[0].Relationship"] = "Grand-père",
        }, "transmettre"), StringComparison.Ordinal);

        var gestionnaire = PortalClient.For(portal);
        await gestionnaire.SignInAsync(await portal.CreateStaffAsync(Roles.Gestionnaire), TestFamily.Password);
        await DossierSteps.DecideAsync(gestionnaire, fiche.Id, "Refuser", HostileMotif);

        var email = Assert.Single(await Maildev.WaitForAsync(family.Email, e => e.Subject.Contains("a été refusée", StringComparison.Ordinal)));
        Assert.DoesNotContain("<a href=\"https://evil.example", email.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("<img", email.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", email.Html, StringComparison.Ordinal);
        Assert.Contains("&lt;a href=&quot;https://evil.example/reset&quot;&gt;Cliquez ici&lt;/a&gt;", email.Html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert(&#x27;mairie&#x27;)&lt;/script&gt;", email.Html, StringComparison.Ordinal);
        Assert.Contains($"{HostileFirstName} {HostileLastName}", email.Text, StringComparison.Ordinal);
        Assert.Contains(HostileMotif, email.Text, StringComparison.Ordinal);
    }
}
