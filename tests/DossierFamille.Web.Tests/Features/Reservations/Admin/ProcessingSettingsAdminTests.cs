using System.Net;
using DossierFamille.Web.Data;
using DossierFamille.Web.Features.Accounts;
using DossierFamille.Web.Features.Reservations;
using DossierFamille.Web.Features.Reservations.Admin;
using DossierFamille.Web.Tests.Infrastructure;
using DossierFamille.Workflows.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DossierFamille.Web.Tests.Features.Reservations.Admin;

/// <summary>The admin sets the times of the night run and of the reports; the waiting workflow plans with them at once.</summary>
public sealed class ProcessingSettingsAdminTests(ClockedSqlitePortal portal) : IClassFixture<ClockedSqlitePortal>
{
    private static readonly TimeZoneInfo Paris = TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris");

    [Fact]
    public async Task An_admin_moves_the_night_run_to_02_30_and_the_waiting_workflow_plans_it_then_with_the_change_audited()
    {
        await portal.RunSchedulerAsync();
        Assert.Equal(BookingProcessingSchedule.Next(new TimeOnly(1, 0), portal.Clock.GetUtcNow(), Paris), await DueAsync());
        var (admin, _) = await portal.SignedInStaffAsync(Roles.Admin);

        var refused = await admin.PostFormAsync(ReservationsAdmin.ProcessingPath, ReservationsAdmin.ProcessingPath, new Dictionary<string, string> { ["traitement"] = "25:00", ["compteRendu"] = "07:00" });
        Assert.Contains("Indiquez les deux heures au format HH:MM (par exemple 01:00 et 07:00).", refused, StringComparison.Ordinal);

        var saved = await admin.PostFormAsync(ReservationsAdmin.ProcessingPath, ReservationsAdmin.ProcessingPath, new Dictionary<string, string> { ["traitement"] = "02:30", ["compteRendu"] = "06:45" });
        Assert.Contains("value=\"02:30\"", saved, StringComparison.Ordinal);
        Assert.Equal(BookingProcessingSchedule.Next(new TimeOnly(2, 30), portal.Clock.GetUtcNow(), Paris), await DueAsync());
        Assert.Contains("Heure du traitement de la nuit : 01:00 → 02:30 ; Heure des comptes rendus : 07:00 → 06:45.", await admin.PageAsync("/admin/journal"), StringComparison.Ordinal);

        // The node dies while the workflow's new plan commits: the new time is not saved either.
        var crashes = portal.Crash.Crashes;
        portal.Crash.ArmForStepOf(BookingProcessingWorkflow.DefinitionId);
        var form = await admin.PageAsync(ReservationsAdmin.ProcessingPath);
        using (var crashed = await admin.Http.PostAsync(new Uri(ReservationsAdmin.ProcessingPath, UriKind.Relative), new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = PortalClient.TokenOf(form),
            ["traitement"] = "03:00",
            ["compteRendu"] = "06:45",
        })))
        {
            Assert.Equal(HttpStatusCode.InternalServerError, crashed.StatusCode);
        }

        Assert.Equal(crashes + 1, portal.Crash.Crashes);
        Assert.Contains("value=\"02:30\"", await admin.PageAsync(ReservationsAdmin.ProcessingPath), StringComparison.Ordinal);
        Assert.DoesNotContain("02:30 → 03:00", await admin.PageAsync("/admin/journal"), StringComparison.Ordinal);
        Assert.Equal(BookingProcessingSchedule.Next(new TimeOnly(2, 30), portal.Clock.GetUtcNow(), Paris), await DueAsync());
    }

    /// <summary>When the one "Traitement des réservations" instance wakes up next.</summary>
    private async Task<DateTimeOffset> DueAsync()
    {
        await using var scope = portal.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var instance = await db.Set<WfInstance>().AsNoTracking().SingleAsync(i => i.DefinitionId == BookingProcessingWorkflow.DefinitionId);
        var due = await db.Set<WfTimer>().AsNoTracking().Where(t => t.InstanceId == instance.Id).Select(t => t.DueAt).SingleAsync();
        return new DateTimeOffset(DateTime.SpecifyKind(due, DateTimeKind.Utc));
    }
}
