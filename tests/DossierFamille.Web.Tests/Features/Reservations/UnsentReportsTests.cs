using DossierFamille.Web.Data;
using DossierFamille.Web.Features.Accounts;
using DossierFamille.Web.Features.Campaigns;
using DossierFamille.Web.Features.Reservations;
using DossierFamille.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static DossierFamille.Web.Tests.Features.Reservations.ReservationSteps;

namespace DossierFamille.Web.Tests.Features.Reservations;

/// <summary>An account without email address gets no report; the gestionnaire finds it listed.</summary>
public sealed class UnsentReportsTests(ClockedSqlitePortal portal) : IClassFixture<ClockedSqlitePortal>
{
    [Fact]
    public async Task A_parent_without_email_gets_no_report_and_is_listed_for_the_gestionnaire_with_the_morning_of_the_report()
    {
        var school = await CreateSchoolAsync(portal);
        await portal.RunSchedulerAsync();
        var family = await portal.CreateFamilyAsync();
        var child = await AddChildAsync(portal, family, school, "Noé");
        var client = PortalClient.For(portal);
        await client.SignInAsync(family.UserName, TestFamily.Password);
        await TickAsync(client, child, school.Restauration, [Monday(portal, 2)]);
        var (recap, key) = await RecapAsync(client);
        (await ValidateAsync(client, recap, key)).Dispose();
        await using (var scope = portal.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<AppDbContext>().Responsables.Where(r => r.Email == family.Emails[0])
                .ExecuteUpdateAsync(u => u.SetProperty(r => r.Email, (string?)null));
        }

        foreach (var time in new[] { new TimeOnly(1, 0), new TimeOnly(7, 0) })
        {
            portal.Clock.SetUtcNow(BookingProcessingSchedule.Next(time, portal.Clock.GetUtcNow(), Paris).AddSeconds(1));
            for (var poll = 0; poll < 4; poll++)
            {
                await portal.RunSchedulerAsync();
                portal.Clock.Advance(TimeSpan.FromSeconds(2));
            }
        }

        Assert.Equal(BookingState.Acceptee, (await BookingsAsync(portal, child)).Single().State);
        Assert.Empty(await Maildev.ToAsync(family.Emails[0]));
        var gestionnaire = PortalClient.For(portal);
        await gestionnaire.SignInAsync(await portal.CreateStaffAsync(Roles.Gestionnaire), TestFamily.Password);
        Assert.Contains("Comptes rendus sans email", await gestionnaire.PageAsync("/gestion"), StringComparison.Ordinal);
        var list = await gestionnaire.PageAsync("/gestion/reservations/comptes-rendus-sans-email");
        var morning = CampaignSchedule.LocalDate(portal.Clock.GetUtcNow(), Paris);
        Assert.Matches($@"TEST{family.Reference[2..]}</a></td>\s*<td>Alice Test{family.Reference[2..]}</td>\s*<td>[^<]*</td>\s*<td>{System.Text.RegularExpressions.Regex.Escape(BookingFormat.Short(morning))}</td>\s*<td>1</td>", list);
    }
}
