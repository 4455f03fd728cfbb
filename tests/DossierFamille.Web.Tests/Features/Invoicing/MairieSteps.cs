using DossierFamille.Web.Features.Invoicing;
using DossierFamille.Web.Tests.Features.Reservations;
using DossierFamille.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using static DossierFamille.Web.Tests.Features.Invoicing.InvoicingSteps;
using static DossierFamille.Web.Tests.Features.Reservations.ReservationSteps;

namespace DossierFamille.Web.Tests.Features.Invoicing;

internal static class MairieSteps
{
    /// <summary>A separated family whose mother booked two days of <paramref name="month"/> at 3,05 €, invoiced (6,10 €) by the monthly run.</summary>
    public static async Task<(TestFamily Family, int Child, BookingSchool School, Invoice Invoice)> InvoicedAsync<TPortal>(TPortal portal, DateOnly month)
        where TPortal : PortalFactory, IClockedPortal
    {
        var school = await CreateSchoolAsync(portal);
        var family = await portal.CreateFamilyAsync(responsables: 2, separated: true);
        var child = await AddChildAsync(portal, family, school, "Léa");
        await BookAsync(portal, family.UserNames[0], child, school.Restauration, month.AddDays(3), 3.05m);
        await BookAsync(portal, family.UserNames[0], child, school.Restauration, month.AddDays(4), 3.05m);
        await using (var scope = portal.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<MonthlyInvoicing>().RunAsync(month, null, TimeSpan.FromMinutes(1), CancellationToken.None);
        }

        return (family, child, school, Assert.Single(await InvoicesAsync(portal, family.UserNames[0])));
    }

    public static async Task<PortalClient> SignedInAsync(PortalFactory portal, string userName)
    {
        var client = PortalClient.For(portal);
        await client.SignInAsync(userName, TestFamily.Password);
        return client;
    }

    /// <summary>The fields of the "Enregistrer un règlement" form.</summary>
    public static Dictionary<string, string> Payment(string amount, string mode, string paidOn, string reference = "", Guid? key = null) => new()
    {
        ["Payment.Amount"] = amount,
        ["Payment.Mode"] = mode,
        ["Payment.PaidOn"] = paidOn,
        ["Payment.Reference"] = reference,
        ["Payment.Key"] = (key ?? Guid.NewGuid()).ToString(),
    };
}
