namespace DossierFamille.Web.Features.Invoicing;

/// <summary>When the monthly invoices are issued and reminded, in the commune's time zone (one row, set by an admin).</summary>
public sealed class InvoicingSettings
{
    public const int SingletonId = 1;

    public int Id { get; set; } = SingletonId;

    /// <summary>The day of the month the previous month is invoiced (1–28, so that every month has it).</summary>
    public int DayOfMonth { get; set; } = 1;

    public TimeOnly RunAt { get; set; } = new(6, 0);

    /// <summary>Due date = issue date + this many days.</summary>
    public int PaymentDays { get; set; } = 30;

    /// <summary>The reminder of an unpaid invoice goes this many days after its due date (0: on the due date).</summary>
    public int ReminderDaysAfterDue { get; set; }

    /// <summary>The time of day reminders are sent.</summary>
    public TimeOnly ReminderAt { get; set; } = new(9, 0);

    /// <summary>An account with an invoice unpaid this many days after its due date is a debtor: it cannot book (0: from the day after the due date).</summary>
    public int DebtorDaysAfterDue { get; set; } = DefaultDebtorDays;

    public const int DefaultDebtorDays = 15;
}
