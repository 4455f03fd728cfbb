using System.Net;
using DossierFamille.Web.Features.Reglements;
using DossierFamille.Web.Features.Rgpd;
using DossierFamille.Web.Features.Rgpd.Closure;
using DossierFamille.Web.Tests.Features.Reservations;
using DossierFamille.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static DossierFamille.Web.Tests.Features.Rgpd.ClosureSteps;

namespace DossierFamille.Web.Tests.Features.Rgpd;

/// <summary>
/// A parent asks to close their account, a gestionnaire confirms after seeing the bookings to come and the dossier, and the
/// account's personal data is erased from the database and the blob store, except the signature evidence the law keeps; a
/// separated co-parent keeps their own data and the children's.
/// </summary>
public abstract class AccountClosureTests<TPortal>(TPortal portal) : IClassFixture<TPortal>
    where TPortal : PortalFactory, IClockedPortal
{
    [Fact]
    public async Task A_separated_parent_closes_their_account_and_the_other_parent_keeps_the_children_and_their_own_data()
    {
        var school = await ReservationSteps.CreateSchoolAsync(portal);
        var family = await portal.CreateFamilyAsync(responsables: 2, separated: true);
        var childId = await ReservationSteps.AddChildAsync(portal, family, school, "Lina");
        var alice = await SignInAsync(portal, family.UserNames[0]);
        var bruno = await SignInAsync(portal, family.UserNames[1]);
        var (aliceFiche, alicePiece) = await FicheFamilleAsync(portal, alice, family, "Alice", "4 rue des Lilas, 99000 Carteville");
        var (brunoFiche, brunoPiece) = await FicheFamilleAsync(portal, bruno, family, "Bruno", "9 impasse Privée, 99000 Carteville");
        var (enfant, enfantPiece) = await FicheEnfantAsync(portal, alice, family);
        var subject = $"Question d'Alice {Guid.NewGuid():N}"[..30];
        await alice.SubmitForPageAsync("/contact", "contact", new Dictionary<string, string> { ["Input.Subject"] = subject, ["Input.Body"] = "Merci." });
        await DossierSteps.PublishReglementAsync(portal, school.StructureId);
        await DossierSteps.SignReglementAsync(alice, childId);
        var aliceId = await UserIdAsync(portal, family.UserNames[0]);
        var aliceName = await PurgeSteps.QueryAsync(portal, db => db.Users.Where(u => u.Id == aliceId).Select(u => u.DisplayName).SingleAsync());
        var bookingId = await BookAsync(portal, enfant.FamilyId, childId, school.ApsMatin, ReservationSteps.Monday(portal, 2), aliceId);
        var gestionnaire = await GestionnaireAsync(portal);
        using (var opened = await gestionnaire.GetAsync($"/documents/{alicePiece.Id}"))
        {
            Assert.Equal(HttpStatusCode.OK, opened.StatusCode);
        }

        var explained = await alice.PageAsync(RgpdModule.ClosePath);
        Assert.Contains("Ce qui sera effacé", explained, StringComparison.Ordinal);
        Assert.Contains("Cochez la case pour confirmer votre demande de fermeture.", await RequestClosureAsync(alice, confirmed: false), StringComparison.Ordinal);
        Assert.Contains("Le mot de passe est incorrect.", await RequestClosureAsync(alice, password: "Pas-le-bon-1!"), StringComparison.Ordinal);
        Assert.Contains("attend la confirmation de la mairie", await RequestClosureAsync(alice), StringComparison.Ordinal);
        var closureId = await ClosureIdAsync(portal, aliceId);

        Assert.Contains(aliceName, await gestionnaire.PageAsync(RgpdModule.ClosuresPath), StringComparison.Ordinal);
        var review = await gestionnaire.PageAsync(RgpdModule.ClosurePath(closureId));
        Assert.Contains($"Bruno Test{family.Reference[2..]} garde son compte", review, StringComparison.Ordinal);
        Assert.Contains("Réservations à venir (1)", review, StringComparison.Ordinal);
        Assert.Contains("APS MATIN", review, StringComparison.Ordinal);
        Assert.Contains("Fermeture confirmée", await ConfirmAsync(gestionnaire, closureId), StringComparison.Ordinal);
        await RunErasureAsync(portal);

        Assert.False(await SignsInAsync(portal, family.UserNames[0]));
        Assert.Single(await Maildev.WaitForAsync(family.Emails[0], e => e.Subject == "Votre compte est fermé"));
        var user = await PurgeSteps.QueryAsync(portal, db => db.Users.AsNoTracking().SingleAsync(u => u.Id == aliceId));
        Assert.Equal($"compte-ferme-{closureId}", user.UserName);
        Assert.Null(user.Email);
        Assert.Null(user.PasswordHash);
        Assert.Equal("Compte fermé", user.DisplayName);
        Assert.False(await PurgeSteps.FicheExistsAsync(portal, aliceFiche.Id));
        Assert.False(await PurgeSteps.StoredAsync(portal, alicePiece.BlobName));
        Assert.Equal(0, await PurgeSteps.QueuedFilesAsync(portal));
        Assert.False(await PurgeSteps.QueryAsync(portal, db => db.MairieMessages.AnyAsync(m => m.AuthorUserId == aliceId)));
        Assert.False(await PurgeSteps.QueryAsync(portal, db => db.Responsables.AnyAsync(r => r.UserId == aliceId)));
        Assert.False(await PurgeSteps.QueryAsync(portal, db => db.LegalAcceptances.AnyAsync(a => a.UserId == aliceId)));
        Assert.False(await PurgeSteps.QueryAsync(portal, db => db.Set<DocumentAccess>().AnyAsync(a => a.FicheId == aliceFiche.Id)));
        Assert.False(await PurgeSteps.QueryAsync(portal, db => db.Fiches.AnyAsync(f => f.FamilyId == enfant.FamilyId && f.DataJson.Contains("4 rue des Lilas"))));
        Assert.False(await PurgeSteps.QueryAsync(portal, db => db.Outbox.AnyAsync(m => m.To.Contains(family.Emails[0]) && m.Subject != "Votre compte est fermé")));

        var signatures = await PurgeSteps.QueryAsync(portal, db => db.ReglementSignatures.AsNoTracking().OrderBy(s => s.Id).ToListAsync());
        Assert.Contains(signatures, s => s.ChildId == childId && s.UserId == aliceId);
        Assert.Null(SignatureChain.FirstBroken(signatures));
        Assert.Contains("Signé par l'autre responsable de l'enfant.", await bruno.PageAsync(ReglementsModule.ParentPath), StringComparison.Ordinal);

        Assert.True(await PurgeSteps.FicheExistsAsync(portal, enfant.Id));
        Assert.True(await PurgeSteps.StoredAsync(portal, enfantPiece.BlobName));
        var actors = await PurgeSteps.QueryAsync(portal, db => db.FicheEvents.Where(e => e.FicheId == enfant.Id).Select(e => e.Actor).ToListAsync());
        Assert.DoesNotContain(aliceName, actors);
        Assert.Contains(AccountErasure.ClosedActor, actors);
        Assert.True(await PurgeSteps.QueryAsync(portal, db => db.Bookings.AnyAsync(b => b.Id == bookingId)));
        Assert.True(await PurgeSteps.FicheExistsAsync(portal, brunoFiche.Id));
        Assert.True(await PurgeSteps.StoredAsync(portal, brunoPiece.BlobName));
        Assert.Contains("9 impasse Privée", await bruno.PageAsync(Web.Features.Dossier.DossierModule.FichePath(brunoFiche.Id)), StringComparison.Ordinal);
        Assert.Contains("C-998877", await bruno.PageAsync(Web.Features.Dossier.DossierModule.FichePath(enfant.Id)), StringComparison.Ordinal);
        Assert.True(await SignsInAsync(portal, family.UserNames[1]));
    }

    [Fact]
    public async Task Closing_the_last_account_erases_the_family_file_but_keeps_the_signature_evidence_unseen_and_waits_for_future_bookings_to_be_cancelled()
    {
        var school = await ReservationSteps.CreateSchoolAsync(portal);
        var family = await portal.CreateFamilyAsync();
        var childId = await ReservationSteps.AddChildAsync(portal, family, school, "Noé");
        var parent = await SignInAsync(portal, family.UserName);
        var (fiche, piece) = await FicheFamilleAsync(portal, parent, family, "Alice", "12 avenue Seule, 99000 Carteville");
        var (enfant, enfantPiece) = await FicheEnfantAsync(portal, parent, family);
        await parent.SubmitForPageAsync("/contact", "contact", new Dictionary<string, string> { ["Input.Subject"] = "Une question", ["Input.Body"] = "Merci." });
        await PurgeSteps.QueryAsync(portal, db =>
        {
            var contact = new Web.Features.Contacts.Contact { FamilyId = enfant.FamilyId, FirstName = "Mamie", LastName = "Secours", Phone = "06 11 22 33 44" };
            contact.Children.Add(new Web.Features.Contacts.ChildContact { ChildId = childId, Relationship = "Grand-mère", MayPickUp = true });
            db.Contacts.Add(contact);
            return db.SaveChangesAsync();
        });
        await DossierSteps.PublishReglementAsync(portal, school.StructureId);
        await DossierSteps.SignReglementAsync(parent, childId);
        var userId = await UserIdAsync(portal, family.UserName);
        var past = await BookAsync(portal, enfant.FamilyId, childId, school.Restauration, ReservationSteps.Monday(portal, -2), userId);
        var future = await BookAsync(portal, enfant.FamilyId, childId, school.Restauration, ReservationSteps.Monday(portal, 2), userId);
        Assert.Contains("attend la confirmation de la mairie", await RequestClosureAsync(parent), StringComparison.Ordinal);
        var closureId = await ClosureIdAsync(portal, userId);
        var gestionnaire = await GestionnaireAsync(portal);

        var review = await gestionnaire.PageAsync(RgpdModule.ClosurePath(closureId));
        Assert.Contains("C'est le dernier compte de la famille : tout le dossier de la famille sera effacé", review, StringComparison.Ordinal);
        const string blocked = "C'est le dernier compte de la famille et des réservations sont à venir : elles doivent être annulées avant la fermeture";
        Assert.Contains(blocked, review, StringComparison.Ordinal);
        Assert.Contains(blocked, await ConfirmAsync(gestionnaire, closureId), StringComparison.Ordinal);
        Assert.Equal(ClosureStatus.Demandee, await PurgeSteps.QueryAsync(portal, db => db.Set<AccountClosure>().Where(c => c.Id == closureId).Select(c => c.Status).SingleAsync()));

        // The family cancels the day it no longer needs.
        await PurgeSteps.QueryAsync(portal, db => db.Bookings.Where(b => b.Id == future).ExecuteUpdateAsync(s => s.SetProperty(b => b.State, Web.Features.Reservations.BookingState.Annulee)));
        Assert.Contains("Fermeture confirmée", await ConfirmAsync(gestionnaire, closureId), StringComparison.Ordinal);
        await RunErasureAsync(portal);

        var familyId = enfant.FamilyId;
        Assert.False(await PurgeSteps.QueryAsync(portal, db => db.Fiches.AnyAsync(f => f.FamilyId == familyId)));
        Assert.False(await PurgeSteps.StoredAsync(portal, piece.BlobName));
        Assert.False(await PurgeSteps.StoredAsync(portal, enfantPiece.BlobName));
        Assert.Equal(0, await PurgeSteps.QueuedFilesAsync(portal));
        Assert.False(await PurgeSteps.QueryAsync(portal, db => db.Contacts.AnyAsync(c => c.FamilyId == familyId)));
        Assert.False(await PurgeSteps.QueryAsync(portal, db => db.MairieMessages.AnyAsync(m => m.FamilyId == familyId)));
        Assert.False(await PurgeSteps.QueryAsync(portal, db => db.Responsables.AnyAsync(r => r.FamilyId == familyId)));
        Assert.False(await PurgeSteps.QueryAsync(portal, db => db.Enrolments.AnyAsync(e => e.ChildId == childId)));
        Assert.False(await SignsInAsync(portal, family.UserName));
        Assert.Equal(ClosureStatus.Effectuee, await PurgeSteps.QueryAsync(portal, db => db.Set<AccountClosure>().Where(c => c.Id == closureId).Select(c => c.Status).SingleAsync()));

        Assert.True(await PurgeSteps.QueryAsync(portal, db => db.ReglementSignatures.AnyAsync(s => s.ChildId == childId && s.UserId == userId)));
        Assert.Null(SignatureChain.FirstBroken(await PurgeSteps.QueryAsync(portal, db => db.ReglementSignatures.AsNoTracking().OrderBy(s => s.Id).ToListAsync())));
        Assert.True(await PurgeSteps.QueryAsync(portal, db => db.Bookings.AnyAsync(b => b.Id == past)));
        Assert.NotNull(await PurgeSteps.QueryAsync(portal, db => db.Families.Where(f => f.Id == familyId).Select(f => f.ClosedAt).SingleAsync()));
        using (var page = await gestionnaire.GetAsync(Web.Features.Families.FamiliesModule.FamilyPath(familyId)))
        {
            Assert.Equal(HttpStatusCode.NotFound, page.StatusCode);
        }

        Assert.Contains($"Aucune famille ne correspond. pour « {family.Reference} »", await gestionnaire.PageAsync($"{Web.Features.Families.FamiliesModule.GestionPath}?q={family.Reference}"), StringComparison.Ordinal);
    }
}

[Trait("Database", "Sqlite")]
public sealed class AccountClosureTestsOnSqlite(ClockedSqlitePortal portal) : AccountClosureTests<ClockedSqlitePortal>(portal);

[Trait("Database", "PostgreSql")]
public sealed class AccountClosureTestsOnPostgreSql(ClockedPostgreSqlPortal portal) : AccountClosureTests<ClockedPostgreSqlPortal>(portal);
