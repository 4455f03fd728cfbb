using DossierFamille.Web.Data;
using DossierFamille.Web.Features.Commune;
using DossierFamille.Web.Features.Settings;
using Microsoft.EntityFrameworkCore;

namespace DossierFamille.Web.Features.Campaigns;

/// <summary>
/// Admins create the campaign of a school year and change its dates and reminder interval.
/// Each change is written to the audit log in the same transaction as the change. A new campaign
/// gets its "Campagne annuelle" workflow, a changed one wakes it to read the new dates: in that
/// same transaction too.
/// </summary>
internal sealed class CampaignAdmin(AppDbContext db, SettingsAudit audit, CampaignWorkflows workflows)
{
    public static string AuditSubject(string schoolYear) => $"Campagne {schoolYear}";

    public async Task<CampaignSaveResult> CreateAsync(CampaignInput input, string actor, CancellationToken cancellationToken)
    {
        var errors = CampaignRules.Validate(input, creating: true);
        if (errors.Count > 0)
        {
            return CampaignSaveResult.Refused(errors);
        }

        var year = input.SchoolYear!.Trim();
        if (await db.Campaigns.AnyAsync(c => c.SchoolYear == year, cancellationToken))
        {
            return CampaignSaveResult.Refused(Duplicate(year));
        }

        var campaign = new Campaign
        {
            SchoolYear = year,
            OpensOn = input.OpensOn!.Value,
            ClosesOn = input.ClosesOn!.Value,
            ReminderIntervalDays = input.ReminderIntervalDays!.Value,
        };
        var description = $"Campagne créée : ouverture le {CampaignRules.Format(campaign.OpensOn)}, clôture le {CampaignRules.Format(campaign.ClosesOn)}, relance tous les {campaign.ReminderIntervalDays} jours.";
        db.Campaigns.Add(campaign);
        audit.Record(actor, AuditSubject(year), description);
        try
        {
            await workflows.EnsureStartedAsync(campaign, cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Another admin created the same school year at the same moment (unique index).
            db.ChangeTracker.Clear();
            return CampaignSaveResult.Refused(Duplicate(year));
        }

        return new CampaignSaveResult(campaign, [], [description]);
    }

    /// <summary>Changes the dates and the interval; null when the campaign does not exist.</summary>
    public async Task<CampaignSaveResult?> UpdateAsync(int campaignId, CampaignInput input, string actor, CancellationToken cancellationToken)
    {
        var campaign = await db.Campaigns.SingleOrDefaultAsync(c => c.Id == campaignId, cancellationToken);
        if (campaign is null)
        {
            return null;
        }

        var errors = CampaignRules.Validate(input, creating: false);
        if (errors.Count > 0)
        {
            return CampaignSaveResult.Refused(errors);
        }

        var changes = new List<string>();
        if (campaign.OpensOn != input.OpensOn)
        {
            changes.Add($"Date d'ouverture : {CampaignRules.Format(campaign.OpensOn)} → {CampaignRules.Format(input.OpensOn!.Value)}");
            campaign.OpensOn = input.OpensOn!.Value;
        }

        if (campaign.ClosesOn != input.ClosesOn)
        {
            changes.Add($"Date de clôture : {CampaignRules.Format(campaign.ClosesOn)} → {CampaignRules.Format(input.ClosesOn!.Value)}");
            campaign.ClosesOn = input.ClosesOn!.Value;
        }

        if (campaign.ReminderIntervalDays != input.ReminderIntervalDays)
        {
            changes.Add($"Intervalle de relance : {campaign.ReminderIntervalDays} → {input.ReminderIntervalDays} jours");
            campaign.ReminderIntervalDays = input.ReminderIntervalDays!.Value;
        }

        foreach (var change in changes)
        {
            audit.Record(actor, AuditSubject(campaign.SchoolYear), change);
        }

        if (changes.Count > 0)
        {
            // Saved first in the transaction: the woken workflow reads the campaign's new dates back.
            await db.InTransactionAsync(async () =>
            {
                await db.SaveChangesAsync(cancellationToken);
                await workflows.NotifyChangedAsync(campaign, changes, cancellationToken);
            }, cancellationToken);
        }

        return new CampaignSaveResult(campaign, [], changes);
    }

    private static string Duplicate(string year) => $"La campagne {year} existe déjà : modifiez-la plutôt que d'en créer une seconde.";
}
