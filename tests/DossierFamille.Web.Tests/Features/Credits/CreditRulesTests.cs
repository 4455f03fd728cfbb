using DossierFamille.Web.Features.Credits;
using DossierFamille.Web.Features.Reservations;

namespace DossierFamille.Web.Tests.Features.Credits;

/// <summary>The rules of the trop payé: when a day paid at booking is owed back, how much of an invoice is, and how it is shared between services.</summary>
public sealed class CreditRulesTests
{
    [Theory]
    [InlineData(BookingState.Refusee, true, CreditMovementKind.RefusedPaidDay)]
    [InlineData(BookingState.Refusee, false, CreditMovementKind.RefusedPaidDay)]
    [InlineData(BookingState.Annulee, true, CreditMovementKind.CancelledPaidDay)]
    public void A_paid_day_refused_or_cancelled_with_refund_is_owed_back(BookingState state, bool refundable, CreditMovementKind expected) =>
        Assert.Equal(expected, BookingCredits.CreditFor(state, refundable));

    [Theory]
    [InlineData(BookingState.Annulee, false)]
    [InlineData(BookingState.Acceptee, true)]
    [InlineData(BookingState.NonTransmise, true)]
    [InlineData(BookingState.AnnulationNonTransmise, true)]
    [InlineData(BookingState.ListeAttente, true)]
    public void A_paid_day_still_booked_or_cancelled_without_refund_is_not_owed_back(BookingState state, bool refundable) =>
        Assert.Null(BookingCredits.CreditFor(state, refundable));

    [Theory]
    [InlineData(20, 0, 20, 0)]        // paid once: nothing owed
    [InlineData(20, 0, 40, 20)]       // paid twice
    [InlineData(20, 0, 27.5, 7.5)]    // 7,50 € at the mairie, then the whole 20 € online
    [InlineData(20, 5, 20, 5)]        // a credit note of 5 € on a paid invoice
    [InlineData(20, 5, 10, 0)]        // a credit note on an invoice half paid: it lowers what is left
    [InlineData(20, 20, 20, 20)]      // wholly credited after being paid
    public void What_an_invoice_owes_back_is_what_its_payments_exceed_of_its_total_less_its_credit_notes(decimal total, decimal creditNotes, decimal payments, decimal owed) =>
        Assert.Equal(owed, InvoiceCredits.Owed(total, creditNotes, payments));

    [Fact]
    public void An_amount_owed_fills_each_service_up_to_what_it_was_paid_for_in_order()
    {
        Assert.Equal([(1, 10m), (2, 2.5m)], CreditSplit.Of(12.5m, [(1, 10m), (2, 8m)]));
        Assert.Equal([(1, 4m)], CreditSplit.Of(4m, [(1, 10m), (2, 8m)]));
        Assert.Equal([(1, 10m), (2, 8m)], CreditSplit.Of(18m, [(1, 10m), (2, 8m)]));
    }

    [Fact]
    public void What_exceeds_every_service_goes_to_the_last_and_nothing_is_lost_or_made_up()
    {
        Assert.Equal([(1, 10m), (2, 9m)], CreditSplit.Of(19m, [(1, 10m), (2, 8m)]));
        Assert.Equal([(2, 3m)], CreditSplit.Of(3m, [(1, 0m), (2, 0m)]));
        Assert.Empty(CreditSplit.Of(0m, [(1, 10m)]));
        Assert.Empty(CreditSplit.Of(5m, []));
        Assert.Equal(123.45m, CreditSplit.Of(123.45m, [(1, 0.01m), (2, 100m), (3, 0.5m)]).Sum(p => p.Amount));
    }
}
