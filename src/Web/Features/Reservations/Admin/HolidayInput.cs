using System.ComponentModel.DataAnnotations;

namespace DossierFamille.Web.Features.Reservations.Admin;

/// <summary>What the admin types for a holiday period and its own booking window.</summary>
public sealed class HolidayInput
{
    [Required(ErrorMessage = "Indiquez le nom des vacances (par exemple Vacances d'hiver).")]
    [StringLength(100, ErrorMessage = "Le nom fait 100 caractères au plus.")]
    public string? Name { get; set; }

    [Required(ErrorMessage = "Indiquez la zone (A, B ou C).")]
    [StringLength(10, ErrorMessage = "La zone fait 10 caractères au plus.")]
    public string? Zone { get; set; }

    [Required(ErrorMessage = "Indiquez le premier jour des vacances.")]
    public DateOnly? FirstDay { get; set; }

    [Required(ErrorMessage = "Indiquez le dernier jour des vacances.")]
    public DateOnly? LastDay { get; set; }

    [Required(ErrorMessage = "Indiquez la date d'ouverture des réservations.")]
    public DateOnly? BookingOpensOn { get; set; }

    [Required(ErrorMessage = "Indiquez la date de clôture des réservations.")]
    public DateOnly? BookingClosesOn { get; set; }

    public static HolidayInput From(HolidayPeriod period)
    {
        ArgumentNullException.ThrowIfNull(period);
        return new()
        {
            Name = period.Name, Zone = period.Zone, FirstDay = period.FirstDay, LastDay = period.LastDay,
            BookingOpensOn = period.BookingOpensOn, BookingClosesOn = period.BookingClosesOn,
        };
    }

    public IReadOnlyList<ValidationResult> Validate()
    {
        var results = AdminValidation.Attributes(this);
        if (FirstDay is { } first && LastDay is { } last && last < first)
        {
            results.Add(new($"Le dernier jour ({AdminDates.Format(last)}) doit être après le premier ({AdminDates.Format(first)}).", [nameof(LastDay)]));
        }

        if (BookingOpensOn is { } opens && BookingClosesOn is { } closes)
        {
            if (closes < opens)
            {
                results.Add(new($"La clôture des réservations ({AdminDates.Format(closes)}) doit être après leur ouverture ({AdminDates.Format(opens)}).", [nameof(BookingClosesOn)]));
            }
            else if (LastDay is { } end && closes > end)
            {
                results.Add(new($"Les réservations doivent fermer au plus tard le dernier jour des vacances ({AdminDates.Format(end)}).", [nameof(BookingClosesOn)]));
            }
        }

        return results;
    }

    public void ApplyTo(HolidayPeriod period)
    {
        ArgumentNullException.ThrowIfNull(period);
        period.Name = Name!.Trim();
        period.Zone = Zone!.Trim().ToUpperInvariant();
        period.FirstDay = FirstDay!.Value;
        period.LastDay = LastDay!.Value;
        period.BookingOpensOn = BookingOpensOn!.Value;
        period.BookingClosesOn = BookingClosesOn!.Value;
    }
}
