using DossierFamille.Web.Features.Billing;
using DossierFamille.Web.Features.Billing.Admin;

namespace DossierFamille.Web.Tests.Features.Billing;

/// <summary>Which price a family pays: the tariff of the day's period, the bracket of its QF, hors commune, penalties, and the cent.</summary>
public sealed class TariffTests
{
    private static Tariff Cantine(DateOnly from, DateOnly? to, params (int? Max, decimal Price)[] brackets)
    {
        var tariff = new Tariff { ActivityId = 7, ValidFrom = from, ValidTo = to, Unit = TariffUnit.Meal };
        tariff.Brackets.AddRange(brackets.Select(b => new TariffBracket { MaxQuotient = b.Max, Price = b.Price }));
        return tariff;
    }

    private static readonly Tariff ThisYear = Cantine(new(2026, 9, 1), new(2027, 8, 31), (null, 4.10m), (500, 1.20m), (900, 2.35m));

    private static readonly Tariff NextYear = Cantine(new(2027, 9, 1), null, (500, 1.30m), (null, 4.30m));

    [Theory]
    [InlineData(0, 1.20)]
    [InlineData(500, 1.20)]
    [InlineData(501, 2.35)]
    [InlineData(900, 2.35)]
    [InlineData(901, 4.10)]
    [InlineData(9999, 4.10)]
    public void A_family_pays_the_price_of_the_first_bracket_whose_ceiling_reaches_its_qf(int quotient, decimal expected)
    {
        Assert.Equal(expected, ThisYear.UnitPriceFor(new FamilyPricing(quotient, OutsideCommune: false)));
    }

    [Fact]
    public void A_family_without_a_qf_on_its_accepted_fiche_pays_the_highest_bracket()
    {
        Assert.Equal(4.10m, ThisYear.UnitPriceFor(FamilyPricing.Unknown));
    }

    [Fact]
    public void The_hors_commune_price_replaces_the_bracket_only_when_the_tariff_has_one()
    {
        var outside = new FamilyPricing(300, OutsideCommune: true);
        Assert.Equal(1.20m, ThisYear.UnitPriceFor(outside));
        var withOutside = Cantine(new(2026, 9, 1), null, (500, 1.20m), (null, 4.10m));
        withOutside.OutsideCommunePrice = 6.00m;
        Assert.Equal(6.00m, withOutside.UnitPriceFor(outside));
        Assert.Equal(1.20m, withOutside.UnitPriceFor(new FamilyPricing(300, OutsideCommune: false)));
    }

    [Fact]
    public void The_tariff_of_the_day_is_the_one_whose_period_contains_it_and_next_years_prices_wait_for_their_first_day()
    {
        var book = new TariffBook([ThisYear, NextYear, WithActivity(Cantine(new(2026, 9, 1), null, (null, 9m)), 8)]);
        var family = new FamilyPricing(400, OutsideCommune: false);
        Assert.Equal(1.20m, book.PriceOf(7, new DateOnly(2027, 8, 31), family));
        Assert.Equal(1.30m, book.PriceOf(7, new DateOnly(2027, 9, 1), family));
        Assert.Null(book.PriceOf(7, new DateOnly(2026, 8, 31), family));
        Assert.Equal(9m, book.PriceOf(8, new DateOnly(2026, 9, 1), family));
        Assert.Null(book.PriceOf(9, new DateOnly(2026, 9, 1), family));
    }

    [Fact]
    public void Periods_overlap_when_they_share_a_day_and_an_open_end_overlaps_everything_after()
    {
        Assert.True(ThisYear.Overlaps(new(2027, 8, 31), new(2027, 9, 30)));
        Assert.False(ThisYear.Overlaps(new(2027, 9, 1), null));
        Assert.True(NextYear.Overlaps(new(2030, 1, 1), new(2030, 1, 1)));
        Assert.False(NextYear.Overlaps(new(2027, 1, 1), new(2027, 8, 31)));
    }

    [Fact]
    public void A_line_is_rounded_once_to_the_cent_half_away_from_zero()
    {
        Assert.Equal(3.34m, Money.Line(3.335m));
        Assert.Equal(3.33m, Money.Line(3.3349m));
        // 3 meals at 1.3333 €: one line of 4,00 €, not three lines of 1,33 €.
        Assert.Equal(4.00m, Money.Line(1.3333m, 3));
        var book = new TariffBook([Cantine(new(2026, 9, 1), null, (null, 2.125m))]);
        Assert.Equal(2.13m, book.PriceOf(7, new DateOnly(2026, 9, 2), FamilyPricing.Unknown));
    }

    [Theory]
    [InlineData(12.5, "12,50 €")]
    [InlineData(0, "0,00 €")]
    [InlineData(1234.5, "1 234,50 €")]
    [InlineData(-3.2, "-3,20 €")]
    public void Amounts_are_written_the_french_way(decimal amount, string expected) => Assert.Equal(expected, Money.Format(amount));

    [Theory]
    [InlineData("2,50", 2.50)]
    [InlineData(" 2.5 ", 2.5)]
    [InlineData("3", 3)]
    [InlineData("1,3333", 1.3333)]
    [InlineData("4,00 €", 4)]
    public void Prices_are_read_as_admins_type_them(string text, decimal expected) => Assert.Equal(expected, Money.Parse(text));

    [Theory]
    [InlineData("deux euros")]
    [InlineData("-1")]
    [InlineData("1,23456")]
    [InlineData("")]
    public void Anything_else_is_not_a_price(string text) => Assert.Null(Money.Parse(text));

    [Fact]
    public void Penalties_charge_nothing_when_off_the_days_price_or_their_own_rounded_to_the_cent()
    {
        Assert.Null(PenaltyRule.Off.AmountFor(3.10m));
        Assert.Equal(3.10m, new PenaltyRule(PenaltyKind.SameAsDay, null).AmountFor(3.10m));
        Assert.Equal(5.01m, new PenaltyRule(PenaltyKind.FixedPrice, 5.005m).AmountFor(3.10m));
        Assert.Equal("le prix du jour", new PenaltyRule(PenaltyKind.SameAsDay, null).Describe());
        Assert.Equal("5,00 €", new PenaltyRule(PenaltyKind.FixedPrice, 5m).Describe());
    }

    [Fact]
    public void Separated_parents_each_pay_by_their_own_fiche_a_couple_shares_one_and_nobody_reads_a_missing_qf_as_zero()
    {
        var pricings = new AccountPricings([
            new(1, ParentsSeparated: true, "mother", new FamilyPricing(400, false)),
            new(1, ParentsSeparated: true, "father", new FamilyPricing(1200, true)),
            new(2, ParentsSeparated: true, "father2", new FamilyPricing(1200, false)),
            new(3, ParentsSeparated: false, "wife", new FamilyPricing(700, false)),
        ]);
        Assert.Equal(new FamilyPricing(400, false), pricings.For(1, "mother"));
        Assert.Equal(new FamilyPricing(1200, true), pricings.For(1, "father"));
        Assert.Equal(FamilyPricing.Unknown, pricings.For(2, "mother2"));
        Assert.Equal(new FamilyPricing(700, false), pricings.For(3, "husband"));
        Assert.Equal(FamilyPricing.Unknown, pricings.For(4, "anyone"));
    }

    [Theory]
    [InlineData("12 rue des Lilas, 06600 Antibes", false)]
    [InlineData("3 chemin du Moulin 06160 Juan-les-Pins", false)]
    [InlineData("8 avenue de Nice, 06800 Cagnes-sur-Mer", true)]
    [InlineData("Lieu-dit la Ferme", false)]
    public void A_family_lives_outside_when_its_address_has_a_postal_code_the_commune_did_not_list(string address, bool outside)
    {
        Assert.Equal(outside, PostalCodes.IsOutside(address, PostalCodes.List("06600 ; 06160")));
        Assert.False(PostalCodes.IsOutside(address, PostalCodes.List(null)));
    }

    [Fact]
    public void The_tariff_form_ties_each_french_error_to_its_field()
    {
        var input = new TariffInput
        {
            ValidFrom = new(2027, 9, 1), ValidTo = new(2027, 8, 31), Unit = TariffUnit.Meal, HighestPrice = "quatre",
            Brackets = [new() { MaxQuotient = 900, Price = "2,00" }, new() { MaxQuotient = 500, Price = "1,00" }, new(), new() { MaxQuotient = 1200 }, new() { Price = "3,00" }],
            LateCancellationKind = PenaltyKind.FixedPrice,
        };

        var errors = input.Validate().ToDictionary(e => e.MemberNames.Single(), e => e.ErrorMessage);

        Assert.Equal("Le dernier jour (31/08/2027) doit être après le premier (01/09/2027).", errors["ValidTo"]);
        Assert.Equal("« quatre » n'est pas un prix en euros : écrivez par exemple 2,50 (de 0 à 10 000 €, 4 décimales au plus).", errors["HighestPrice"]);
        Assert.Equal("Les plafonds croissent d'une tranche à la suivante : celui-ci doit dépasser 900.", errors["Brackets-1-MaxQuotient"]);
        Assert.Equal("Indiquez le prix de cette tranche.", errors["Brackets-3-Price"]);
        Assert.Equal("Indiquez le quotient familial le plus haut de cette tranche.", errors["Brackets-4-MaxQuotient"]);
        Assert.Equal("Indiquez le prix de cette pénalité, ou choisissez « Le prix du jour ».", errors["LateCancellationPrice"]);
        Assert.Equal(6, errors.Count);
    }

    [Fact]
    public void A_saved_form_gives_the_brackets_in_order_with_the_highest_last_and_reads_back_the_same()
    {
        var input = new TariffInput
        {
            ValidFrom = new(2026, 9, 1), Unit = TariffUnit.Day, HighestPrice = "4,10", OutsideCommunePrice = "6",
            Brackets = [new() { MaxQuotient = 500, Price = "1,2" }, new(), new() { MaxQuotient = 900, Price = "2.35" }],
            PresenceWithoutBookingKind = PenaltyKind.SameAsDay, UnjustifiedAbsenceKind = PenaltyKind.FixedPrice, UnjustifiedAbsencePrice = "5",
        };
        Assert.Empty(input.Validate());
        var tariff = new Tariff();

        input.ApplyTo(tariff);

        Assert.Equal("à partir du 01/09/2026, prix par journée : QF ≤ 500 : 1,20 € ; QF ≤ 900 : 2,35 € ; au-delà et sans QF : 4,10 € ; hors commune : 6,00 € ; présence sans réservation : le prix du jour ; annulation tardive : non appliquée ; absence injustifiée : 5,00 €", TariffText.Describe(tariff));
        var again = TariffInput.From(tariff);
        Assert.Equal(["1,20", "2,35"], again.Brackets.Select(b => b.Price));
        Assert.Equal(("4,10", "6,00", "5,00"), (again.HighestPrice, again.OutsideCommunePrice, again.UnjustifiedAbsencePrice));
        Assert.Equal(TariffInput.BracketRows, again.Rows.Count);
    }

    private static Tariff WithActivity(Tariff tariff, int activityId)
    {
        tariff.ActivityId = activityId;
        return tariff;
    }
}
