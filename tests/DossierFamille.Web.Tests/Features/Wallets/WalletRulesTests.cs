using DossierFamille.Web.Features.Reservations;
using DossierFamille.Web.Features.Wallets;

namespace DossierFamille.Web.Tests.Features.Wallets;

/// <summary>The porte-monnaie's pure rules: what a top-up may be, and what a validation may spend.</summary>
public sealed class WalletRulesTests
{
    private const int School = 7;
    private const int Aps = 11;
    private const int Invoiced = 12;

    [Theory]
    [InlineData("20", 20)]
    [InlineData("12,50", 12.50)]
    [InlineData(" 500 € ", 500)]
    public void A_top_up_amount_is_read_the_French_way(string typed, decimal expected)
    {
        var (amount, error) = WalletTopUp.ParseAmount(typed);

        Assert.Equal((expected, (string?)null), (amount!.Value, error));
    }

    [Theory]
    [InlineData("", "Indiquez le montant à verser sur le porte-monnaie.")]
    [InlineData("douze", "Écrivez un montant en euros, avec au plus deux chiffres après la virgule (par exemple 20 ou 12,50).")]
    [InlineData("10,555", "Écrivez un montant en euros, avec au plus deux chiffres après la virgule (par exemple 20 ou 12,50).")]
    [InlineData("4,99", "Le montant d'un rechargement va de 5,00 € à 500,00 €.")]
    [InlineData("500,01", "Le montant d'un rechargement va de 5,00 € à 500,00 €.")]
    public void A_top_up_amount_outside_the_rules_gets_its_French_reason(string typed, string reason)
    {
        Assert.Equal(((decimal?)null, reason), WalletTopUp.ParseAmount(typed));
    }

    [Fact]
    public void A_top_up_reference_names_its_service_and_amount_and_keeps_one_PayFiP_debt_per_form()
    {
        var key = Guid.NewGuid();
        var topUp = new WalletTopUp(key, School, 1250);

        var parsed = WalletTopUp.Parse(topUp.Reference);

        Assert.Equal(topUp, parsed);
        Assert.Equal(12.50m, parsed!.Amount);
        Assert.Equal(30, topUp.Refdet.Length);
        Assert.Matches("^PM[0-9A-F]{28}$", topUp.Refdet);
        Assert.Null(WalletTopUp.Parse("42"));
    }

    [Fact]
    public void A_validation_spends_what_the_wallet_has_available_and_refuses_the_rest_with_the_reason()
    {
        var spending = new WalletSpending(new Dictionary<int, int> { [Aps] = School }, new() { [School] = ("École Jules Ferry", 5m) });

        var first = spending.CannotAfford(Line(Aps, BookingRequestKind.Reservation), 3.30m);
        var second = spending.CannotAfford(Line(Aps, BookingRequestKind.Reservation), 3.30m);
        var cheaper = spending.CannotAfford(Line(Aps, BookingRequestKind.Reservation), 1.70m);
        var cancellation = spending.CannotAfford(Line(Aps, BookingRequestKind.Annulation), 3.30m);
        var invoiced = spending.CannotAfford(Line(Invoiced, BookingRequestKind.Reservation), 3.30m);

        Assert.Null(first);
        Assert.Equal("Solde insuffisant sur votre porte-monnaie « École Jules Ferry » : il reste 1,70 € disponible(s) et ce jour coûte 3,30 €. "
            + "Rechargez-le dans « Paiement et Solde », puis réservez ce jour à nouveau.", second);
        Assert.Null(cheaper);
        Assert.Null(cancellation);
        Assert.Null(invoiced);
    }

    [Fact]
    public void Without_the_communes_refusal_nothing_is_refused()
    {
        Assert.Null(WalletSpending.Unchecked.CannotAfford(Line(Aps, BookingRequestKind.Reservation), 1000m));
    }

    private static CartLine Line(int activityId, BookingRequestKind kind) =>
        new() { UserId = "u", FamilyId = 1, ChildId = 1, ActivityId = activityId, Day = new DateOnly(2026, 12, 14), Kind = kind };
}
