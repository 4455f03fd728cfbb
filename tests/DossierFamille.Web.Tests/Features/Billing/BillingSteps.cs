using DossierFamille.Web.Data;
using DossierFamille.Web.Features.Billing;
using DossierFamille.Web.Features.Dossier;
using DossierFamille.Web.Features.Reservations;
using DossierFamille.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static DossierFamille.Web.Tests.Features.Reservations.ReservationSteps;

namespace DossierFamille.Web.Tests.Features.Billing;

internal static class BillingSteps
{
    /// <summary>The commune of the tests lives at 99000 (the fiches' address in <see cref="DossierSteps.CompleteResponsable"/>).</summary>
    public const string CommunePostalCode = "99000";

    /// <summary>A tariff of the activity from a month ago, without end: ≤ 500 → 1,10 €; ≤ 900 → 2,20 €; above or no QF → 3,30 €; hors commune 4,40 €.</summary>
    public static async Task<Tariff> AddTariffAsync(IClockedPortal clocked, int activityId, Action<Tariff>? change = null)
    {
        var portal = (PortalFactory)clocked;
        await using var scope = portal.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        if (await db.BillingSettings.SingleOrDefaultAsync() is null)
        {
            db.BillingSettings.Add(new BillingSettings { CommunePostalCodes = CommunePostalCode });
        }

        var tariff = new Tariff { ActivityId = activityId, ValidFrom = Today(clocked).AddDays(-30), Unit = TariffUnit.Day, OutsideCommunePrice = 4.40m };
        tariff.Brackets.AddRange([new TariffBracket { MaxQuotient = 500, Price = 1.10m }, new TariffBracket { MaxQuotient = 900, Price = 2.20m }, new TariffBracket { Price = 3.30m }]);
        change?.Invoke(tariff);
        db.Tariffs.Add(tariff);
        await db.SaveChangesAsync();
        return tariff;
    }

    /// <summary>The responsable of <paramref name="userName"/> has an accepted fiche famille with this QF and address (the campaign of the clock's school year).</summary>
    public static async Task AcceptFicheFamilleAsync(IClockedPortal clocked, string userName, int? quotient, string address = $"4 rue des Lilas, {CommunePostalCode} Carteville")
    {
        var portal = (PortalFactory)clocked;
        await using var scope = portal.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var responsable = await db.Responsables.SingleAsync(r => db.Users.Any(u => u.Id == r.UserId && u.UserName == userName));
        var year = BookingRules.SchoolYearOf(Today(clocked));
        var campaign = await db.Campaigns.SingleAsync(c => c.SchoolYear == year);
        var now = clocked.Clock.GetUtcNow();
        var fiche = new Fiche { FamilyId = responsable.FamilyId, CampaignId = campaign.Id, Kind = FicheKind.Responsable, ResponsableId = responsable.Id, Title = $"Fiche famille – {responsable.FullName}" };
        var data = new ResponsableData { Address = address, QuotientFamilial = quotient, Email = responsable.Email, Regime = "CAF" };
        fiche.SaveDraft(FicheContent.Serialize(data), now);
        fiche.Transmit(now);
        fiche.Decide(accepted: true, null, "Gestionnaire de test", now);
        db.Fiches.Add(fiche);
        await db.SaveChangesAsync();
    }
}
