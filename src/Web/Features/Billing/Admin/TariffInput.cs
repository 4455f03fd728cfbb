using System.ComponentModel.DataAnnotations;
using DossierFamille.Web.Features.Reservations.Admin;

namespace DossierFamille.Web.Features.Billing.Admin;

/// <summary>What the admin types for a tariff: its dates, unit, QF brackets, hors commune price and penalties.</summary>
public sealed class TariffInput
{
    public const int BracketRows = 6;

    [Required(ErrorMessage = "Indiquez le premier jour où ce tarif s'applique.")]
    public DateOnly? ValidFrom { get; set; }

    public DateOnly? ValidTo { get; set; }

    [Required(ErrorMessage = "Choisissez ce que paie un prix (journée, repas, demi-journée).")]
    public TariffUnit? Unit { get; set; }

    /// <summary>The brackets below the highest one, in increasing QF.</summary>
    public List<BracketInput> Brackets { get; set; } = [];

    [Required(ErrorMessage = "Indiquez le prix de la tranche la plus haute (aussi celui des familles sans quotient familial).")]
    public string? HighestPrice { get; set; }

    public string? OutsideCommunePrice { get; set; }

    public PenaltyKind PresenceWithoutBookingKind { get; set; }

    public string? PresenceWithoutBookingPrice { get; set; }

    public PenaltyKind LateCancellationKind { get; set; }

    public string? LateCancellationPrice { get; set; }

    public PenaltyKind UnjustifiedAbsenceKind { get; set; }

    public string? UnjustifiedAbsencePrice { get; set; }

    /// <summary>The form's rows: the brackets typed, then blank rows up to <see cref="BracketRows"/>.</summary>
    public IReadOnlyList<BracketInput> Rows => [.. Brackets, .. Enumerable.Range(0, Math.Max(0, BracketRows - Brackets.Count)).Select(_ => new BracketInput())];

    public static TariffInput From(Tariff tariff)
    {
        ArgumentNullException.ThrowIfNull(tariff);
        var ordered = tariff.Brackets.OrderBy(b => b.MaxQuotient ?? int.MaxValue).ToList();
        return new()
        {
            ValidFrom = tariff.ValidFrom, ValidTo = tariff.ValidTo, Unit = tariff.Unit,
            Brackets = [.. ordered.Where(b => b.MaxQuotient is not null).Select(b => new BracketInput { MaxQuotient = b.MaxQuotient, Price = Money.Input(b.Price) })],
            HighestPrice = ordered.LastOrDefault(b => b.MaxQuotient is null) is { } highest ? Money.Input(highest.Price) : null,
            OutsideCommunePrice = tariff.OutsideCommunePrice is { } outside ? Money.Input(outside) : null,
            PresenceWithoutBookingKind = tariff.PresenceWithoutBooking.Kind, PresenceWithoutBookingPrice = PenaltyPrice(tariff.PresenceWithoutBooking),
            LateCancellationKind = tariff.LateCancellation.Kind, LateCancellationPrice = PenaltyPrice(tariff.LateCancellation),
            UnjustifiedAbsenceKind = tariff.UnjustifiedAbsence.Kind, UnjustifiedAbsencePrice = PenaltyPrice(tariff.UnjustifiedAbsence),
        };
    }

    public IReadOnlyList<ValidationResult> Validate()
    {
        var results = AdminValidation.Attributes(this);
        if (ValidFrom is { } from && ValidTo is { } to && to < from)
        {
            results.Add(new($"Le dernier jour ({AdminDates.Format(to)}) doit être après le premier ({AdminDates.Format(from)}).", [nameof(ValidTo)]));
        }

        Price(HighestPrice, nameof(HighestPrice), results);
        Price(OutsideCommunePrice, nameof(OutsideCommunePrice), results);
        int? previous = null;
        for (var i = 0; i < Brackets.Count; i++)
        {
            var row = Brackets[i];
            if (row.IsBlank)
            {
                continue;
            }

            if (row.MaxQuotient is not { } max)
            {
                results.Add(new("Indiquez le quotient familial le plus haut de cette tranche.", [BracketInput.MaxField(i)]));
            }
            else if (max is < 0 or > 10000)
            {
                results.Add(new("Le plafond de quotient familial va de 0 à 10 000.", [BracketInput.MaxField(i)]));
            }
            else if (previous is { } before && max <= before)
            {
                results.Add(new($"Les plafonds croissent d'une tranche à la suivante : celui-ci doit dépasser {before}.", [BracketInput.MaxField(i)]));
            }
            else
            {
                previous = max;
            }

            if (string.IsNullOrWhiteSpace(row.Price))
            {
                results.Add(new("Indiquez le prix de cette tranche.", [BracketInput.PriceField(i)]));
            }
            else
            {
                Price(row.Price, BracketInput.PriceField(i), results);
            }
        }

        Penalty(PresenceWithoutBookingKind, PresenceWithoutBookingPrice, nameof(PresenceWithoutBookingPrice), results);
        Penalty(LateCancellationKind, LateCancellationPrice, nameof(LateCancellationPrice), results);
        Penalty(UnjustifiedAbsenceKind, UnjustifiedAbsencePrice, nameof(UnjustifiedAbsencePrice), results);
        return results;
    }

    public void ApplyTo(Tariff tariff)
    {
        ArgumentNullException.ThrowIfNull(tariff);
        tariff.ValidFrom = ValidFrom!.Value;
        tariff.ValidTo = ValidTo;
        tariff.Unit = Unit!.Value;
        tariff.OutsideCommunePrice = Money.Parse(OutsideCommunePrice);
        tariff.PresenceWithoutBooking = Rule(PresenceWithoutBookingKind, PresenceWithoutBookingPrice);
        tariff.LateCancellation = Rule(LateCancellationKind, LateCancellationPrice);
        tariff.UnjustifiedAbsence = Rule(UnjustifiedAbsenceKind, UnjustifiedAbsencePrice);
        tariff.Brackets.Clear();
        tariff.Brackets.AddRange(Brackets.Where(b => !b.IsBlank).Select(b => new TariffBracket { MaxQuotient = b.MaxQuotient, Price = Money.Parse(b.Price)!.Value }));
        tariff.Brackets.Add(new TariffBracket { MaxQuotient = null, Price = Money.Parse(HighestPrice)!.Value });
    }

    private static PenaltyRule Rule(PenaltyKind kind, string? price) => kind switch
    {
        PenaltyKind.FixedPrice => new(kind, Money.Parse(price)),
        _ => new(kind, null),
    };

    private static string? PenaltyPrice(PenaltyRule rule) => rule.Price is { } price ? Money.Input(price) : null;

    private static void Penalty(PenaltyKind kind, string? price, string field, List<ValidationResult> results)
    {
        if (kind != PenaltyKind.FixedPrice)
        {
            return;
        }

        if (string.IsNullOrWhiteSpace(price))
        {
            results.Add(new("Indiquez le prix de cette pénalité, ou choisissez « Le prix du jour ».", [field]));
            return;
        }

        Price(price, field, results);
    }

    private static void Price(string? text, string field, List<ValidationResult> results)
    {
        if (string.IsNullOrWhiteSpace(text) || results.Any(r => r.MemberNames.Contains(field)))
        {
            return;
        }

        if (Money.Parse(text) is not { } price || price > 10000)
        {
            results.Add(new($"« {text.Trim()} » n'est pas un prix en euros : écrivez par exemple 2,50 (de 0 à 10 000 €, 4 décimales au plus).", [field]));
        }
    }
}
