using System.Net;
using DossierFamille.Web.Features.Accounts;
using DossierFamille.Web.Features.Dossier;
using DossierFamille.Web.Features.Reservations;
using DossierFamille.Web.Tests.Features.Reservations;
using DossierFamille.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DossierFamille.Web.Tests.Features.Rgpd;

/// <summary>A family with data in every part of the portal, and the closure of one of its accounts driven through the pages.</summary>
internal static class ClosureSteps
{
    public static async Task<PortalClient> SignInAsync(PortalFactory portal, string userName)
    {
        var client = PortalClient.For(portal);
        await client.SignInAsync(userName, TestFamily.Password);
        return client;
    }

    /// <summary>The parent fills and documents their fiche famille (with <paramref name="address"/>) and returns it with its stored piece.</summary>
    public static async Task<(Fiche Fiche, FichePiece Piece)> FicheFamilleAsync(PortalFactory portal, PortalClient parent, TestFamily family, string firstName, string address)
    {
        await parent.PageAsync("/dossier");
        var fiche = (await DossierSteps.FichesAsync(portal, family)).Single(f => f.Kind == FicheKind.Responsable && f.Title.Contains(firstName, StringComparison.Ordinal));
        await DossierSteps.PostFicheAsync(parent, fiche, new(DossierSteps.CompleteResponsable) { ["Address"] = address }, "brouillon");
        Assert.Contains("ajoutes=1", await DossierSteps.UploadAsync(parent, fiche.Id, "avis-imposition", ($"avis-{firstName}.pdf", SamplePdf.Create($"Avis de {firstName}"))), StringComparison.Ordinal);
        return (fiche, Assert.Single(await PurgeSteps.PiecesAsync(portal, fiche.Id)));
    }

    /// <summary>The parent fills the fiche enfant and adds its first required piece.</summary>
    public static async Task<(Fiche Fiche, FichePiece Piece)> FicheEnfantAsync(PortalFactory portal, PortalClient parent, TestFamily family)
    {
        var fiche = (await DossierSteps.FichesAsync(portal, family)).Single(f => f.Kind == FicheKind.Enfant);
        await DossierSteps.PostFicheAsync(parent, fiche, DossierSteps.CompleteEnfant, "brouillon");
        string code;
        await using (var scope = portal.Services.CreateAsyncScope())
        {
            code = (await scope.ServiceProvider.GetRequiredService<PieceRequirements>().ForAsync(fiche, CancellationToken.None))[0].Code;
        }

        Assert.Contains("ajoutes=1", await DossierSteps.UploadAsync(parent, fiche.Id, code, ("assurance.pdf", SamplePdf.Create("Attestation d'assurance"))), StringComparison.Ordinal);
        return (fiche, Assert.Single(await PurgeSteps.PiecesAsync(portal, fiche.Id)));
    }

    public static async Task<string> UserIdAsync(PortalFactory portal, string userName) =>
        await PurgeSteps.QueryAsync(portal, db => db.Users.Where(u => u.UserName == userName).Select(u => u.Id).SingleAsync());

    public static async Task<long> BookAsync(IClockedPortal clocked, int familyId, int childId, int activityId, DateOnly day, string userId, BookingState state = BookingState.Acceptee)
    {
        var booking = new Booking { FamilyId = familyId, ChildId = childId, ActivityId = activityId, Day = day, State = state, UserId = userId, UpdatedAt = clocked.Clock.GetUtcNow() };
        await PurgeSteps.QueryAsync((PortalFactory)clocked, db =>
        {
            db.Bookings.Add(booking);
            return db.SaveChangesAsync();
        });
        return booking.Id;
    }

    /// <summary>The parent asks for the closure on /compte/fermeture with their password and reads the page's answer.</summary>
    public static Task<string> RequestClosureAsync(PortalClient parent, bool confirmed = true, string password = TestFamily.Password)
    {
        var fields = new Dictionary<string, string> { ["password"] = password };
        if (confirmed)
        {
            fields["confirmed"] = "true";
        }

        return parent.PostFormAsync("/compte/fermeture", "/compte/fermeture", fields);
    }

    /// <summary>A gestionnaire confirms from the review page; returns the page shown after the post.</summary>
    public static async Task<string> ConfirmAsync(PortalClient gestionnaire, int closureId) =>
        await gestionnaire.PostFormAsync($"/gestion/fermetures/{closureId}", $"/gestion/fermetures/{closureId}/confirmer", new Dictionary<string, string>());

    /// <summary>The erasure step, then its file step once the first is committed (the workflow's one-minute wait).</summary>
    public static async Task RunErasureAsync(IClockedPortal portal)
    {
        await portal.RunSchedulerAsync();
        portal.Clock.Advance(TimeSpan.FromMinutes(2));
        await portal.RunSchedulerAsync();
    }

    public static async Task<bool> SignsInAsync(PortalFactory portal, string userName)
    {
        using var response = await PortalClient.For(portal).LoginAsync(userName, TestFamily.Password);
        return response.StatusCode == HttpStatusCode.Redirect;
    }

    public static Task<int> ClosureIdAsync(PortalFactory portal, string userId) =>
        PurgeSteps.QueryAsync(portal, db => db.Set<Web.Features.Rgpd.Closure.AccountClosure>().Where(c => c.UserId == userId).Select(c => c.Id).SingleAsync());

    public static async Task<PortalClient> GestionnaireAsync(PortalFactory portal) => await SignInAsync(portal, await portal.CreateStaffAsync(Roles.Gestionnaire));
}
