using DossierFamille.Web.Features.BillingState;

namespace DossierFamille.Web.Tests.Features.BillingState;

public sealed class InvoiceSharesTests
{
    [Fact]
    public void Nothing_deducted_each_service_owes_its_lines()
    {
        var shares = InvoiceShares.Split(8.10m, [(1, 3.05m), (2, 2.00m), (1, 3.05m)]);

        Assert.Equal(new Dictionary<int, decimal> { [1] = 6.10m, [2] = 2.00m }, shares);
    }

    [Fact]
    public void What_is_left_is_shared_in_proportion_to_the_lines_and_the_cents_add_up()
    {
        Assert.Equal(new Dictionary<int, decimal> { [1] = 4.59m, [2] = 1.51m }, InvoiceShares.Split(6.10m, [(1, 6.10m), (2, 2.00m)]));
        // 1,00 € on three equal services: 0,33 € each, the cent left on the first of the largest.
        Assert.Equal(new Dictionary<int, decimal> { [3] = 0.34m, [5] = 0.33m, [7] = 0.33m }, InvoiceShares.Split(1.00m, [(7, 2m), (5, 2m), (3, 2m)]));
    }
}
