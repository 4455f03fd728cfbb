using System.Net;
using DossierFamille.Web.Features.Accounts;
using DossierFamille.Web.Features.Reservations;
using DossierFamille.Web.Features.Reservations.Admin;
using DossierFamille.Web.Tests.Infrastructure;
using static DossierFamille.Web.Tests.Features.Reservations.ReservationSteps;

namespace DossierFamille.Web.Tests.Features.Reservations.Admin;

/// <summary>The admin chooses how an activity's requests are processed; the parent's next validation follows.</summary>
public sealed class ProcessingModeAdminTests(ClockedSqlitePortal portal) : IClassFixture<ClockedSqlitePortal>
{
    [Fact]
    public async Task An_admin_switches_an_activity_to_immediate_processing_and_the_parent_reads_the_answer_on_validating()
    {
        var school = await CreateSchoolAsync(portal);
        var family = await portal.CreateFamilyAsync();
        var lea = await AddChildAsync(portal, family, school, "Léa");
        var (admin, _) = await portal.SignedInStaffAsync(Roles.Admin);
        var page = $"{ReservationsAdmin.Path}/activites/{school.Restauration}";
        var fields = HtmlForm.Fields(await admin.PageAsync(page), "Input.");
        Assert.Equal("Nightly", fields["Input.ProcessingMode"]);
        fields["Input.ProcessingMode"] = "Immediate";
        using (var saved = await admin.SubmitAsync(page, "activity", fields))
        {
            Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        }

        Assert.Contains("Traitement des demandes : chaque nuit → immédiat, à la validation", await admin.PageAsync("/admin/journal"), StringComparison.Ordinal);
        var parent = PortalClient.For(portal);
        await parent.SignInAsync(family.UserName, TestFamily.Password);
        var day = Monday(portal, 2).AddDays(1);
        await TickAsync(parent, lea, school.Restauration, [day]);
        var (recap, key) = await RecapAsync(parent);
        using var validated = await ValidateAsync(parent, recap, key);
        var answer = await parent.PageAsync(validated.RedirectPath()!);
        Assert.Contains("1 demande(s) ont été traitées aussitôt : voici la réponse.", answer, StringComparison.Ordinal);
        Assert.Matches($@"<td>{System.Text.RegularExpressions.Regex.Escape(BookingFormat.Short(day))}</td>\s*<td>Acceptée</td>", answer);
        Assert.Equal(BookingState.Acceptee, (await BookingsAsync(portal, lea)).Single().State);
    }
}
