using DossierFamille.Web.Features.Billing;

namespace DossierFamille.Web.Features.Invoicing;

/// <summary>What a month's run reads once: the monthly-invoiced activities, their tariffs, every paying account in order, and the days present without booking by payer.</summary>
internal sealed class InvoicingMonth(DateOnly month, IReadOnlyDictionary<int, string> activities, TariffBook tariffs, IReadOnlyList<BillableAccount> accounts, ILookup<string, MarkedDay> presentWithoutBooking)
{
    public DateOnly First => month;

    public DateOnly Last => month.AddMonths(1).AddDays(-1);

    /// <summary>The activities paid by monthly invoice, by id, with their names.</summary>
    public IReadOnlyDictionary<int, string> Activities => activities;

    public TariffBook Tariffs => tariffs;

    /// <summary>Every account with something to bill, in <see cref="string.CompareOrdinal(string, string)"/> order of user id (the run's cursor).</summary>
    public IReadOnlyList<BillableAccount> Accounts => accounts;

    public ILookup<string, MarkedDay> PresentWithoutBooking => presentWithoutBooking;
}
