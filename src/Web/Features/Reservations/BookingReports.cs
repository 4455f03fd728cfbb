using DossierFamille.Web.Data;
using DossierFamille.Web.Features.Campaigns;
using Microsoft.EntityFrameworkCore;

namespace DossierFamille.Web.Features.Reservations;

/// <summary>
/// The next-morning reports: one per account that had movements (requests processed, places
/// promoted) not yet reported, each in a transaction of its own that records the report (unique per
/// account and night), marks its movements reported and queues its email. A restarted run, or a
/// second node, finds the report recorded and sends nothing again. An account without an email
/// address gets its report recorded without email, for the gestionnaire's list.
/// </summary>
internal sealed class BookingReports(AppDbContext db, IServiceScopeFactory scopes, TimeProvider time, BookingPlanner planner)
{
    private const int AccountsPerQuery = 50;

    public static string Subject(DateOnly night) => $"Compte rendu de vos demandes de réservation du {BookingFormat.Long(night)}";

    /// <summary>Sends reports until every account is done (true) or <paramref name="budget"/> is spent (false).</summary>
    public async Task<(int Reports, bool Finished)> SendAsync(TimeSpan budget, CancellationToken cancellationToken)
    {
        var started = time.GetTimestamp();
        var night = CampaignSchedule.LocalDate(time.GetUtcNow(), planner.Zone);
        var reports = 0;
        while (true)
        {
            var reported = db.BookingReports.Where(r => r.Night == night).Select(r => r.UserId);
            var accounts = await db.BookingRequests.Where(r => r.ProcessedAt != null && r.ReportedAt == null).Select(r => r.UserId)
                .Union(db.BookingPromotions.Where(p => p.ReportedAt == null).Select(p => p.UserId))
                .Where(u => !reported.Contains(u)).OrderBy(u => u).Take(AccountsPerQuery).ToListAsync(cancellationToken);
            if (accounts.Count == 0)
            {
                return (reports, true);
            }

            foreach (var account in accounts)
            {
                reports += await SendOneAsync(account, night, cancellationToken) ? 1 : 0;
                if (time.GetElapsedTime(started) >= budget)
                {
                    return (reports, false);
                }
            }
        }
    }

    private async Task<bool> SendOneAsync(string userId, DateOnly night, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var report = services.GetRequiredService<BookingReportBuilder>();
        try
        {
            var sent = false;
            await services.GetRequiredService<AppDbContext>().InTransactionAsync(async () => sent = await report.RecordAsync(userId, night, cancellationToken), cancellationToken);
            return sent;
        }
        catch (DbUpdateException)
        {
            // Another node recorded this account's report for the night first.
            return false;
        }
    }
}
