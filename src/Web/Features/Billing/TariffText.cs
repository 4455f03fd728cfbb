using DossierFamille.Web.Features.Reservations.Admin;

namespace DossierFamille.Web.Features.Billing;

/// <summary>A tariff in one French sentence, for the admin's lists and the audit log.</summary>
public static class TariffText
{
    public static string Period(Tariff tariff)
    {
        ArgumentNullException.ThrowIfNull(tariff);
        return tariff.ValidTo is { } last ? AdminDates.Range(tariff.ValidFrom, last) : $"à partir du {AdminDates.Format(tariff.ValidFrom)}";
    }

    /// <summary>"QF ≤ 500 : 1,20 € ; QF ≤ 900 : 2,00 € ; au-delà et sans QF : 3,00 €".</summary>
    public static string Brackets(Tariff tariff)
    {
        ArgumentNullException.ThrowIfNull(tariff);
        return string.Join(" ; ", tariff.Brackets.OrderBy(b => b.MaxQuotient ?? int.MaxValue)
            .Select(b => b.MaxQuotient is { } max ? $"QF ≤ {max} : {Money.Format(b.Price)}" : $"au-delà et sans QF : {Money.Format(b.Price)}"));
    }

    public static string Describe(Tariff tariff)
    {
        ArgumentNullException.ThrowIfNull(tariff);
        return $"{Period(tariff)}, prix par {BillingLabels.Of(tariff.Unit)} : {Brackets(tariff)} ; hors commune : "
            + (tariff.OutsideCommunePrice is { } outside ? Money.Format(outside) : "prix de la tranche")
            + $" ; présence sans réservation : {tariff.PresenceWithoutBooking.Describe()} ; annulation tardive : {tariff.LateCancellation.Describe()}"
            + $" ; absence injustifiée : {tariff.UnjustifiedAbsence.Describe()}";
    }
}
