using DossierFamille.Web.Features.Billing;
using DossierFamille.Web.Features.Credits;

namespace DossierFamille.Web.Features.Reservations.PayAtBooking;

/// <summary>
/// What a cart's days paid at booking cost and how they are paid: per service, what its days cost (<see cref="ServiceQuote.Due"/>),
/// the account's trop payé on it and, when the parent ticked "Utiliser trop payé", how much of it pays them; the card pays
/// the rest (<see cref="ByCard"/>). The validation spends it again under the account's lock, so a quote is only what the
/// parent reads.
/// </summary>
public sealed record PayAtBookingQuote(IReadOnlyList<ServiceQuote> Services)
{
    /// <summary>Everything paid at booking, before the trop payé.</summary>
    public decimal PayNow => Services.Sum(s => s.Due);

    public decimal CreditUsed => Services.Sum(s => s.Used);

    public decimal ByCard => PayNow - CreditUsed;

    /// <summary>The services whose trop payé the parent may use here: those with both days paid at booking and a trop payé.</summary>
    public IEnumerable<ServiceQuote> WithCredit => Services.Where(s => s.Due > 0 && s.Available > 0);

    public static PayAtBookingQuote Of(IEnumerable<CartRow> rows, IEnumerable<CreditBalance> credits, IEnumerable<int> chosen)
    {
        var available = credits.GroupBy(c => c.StructureId).ToDictionary(g => g.Key, g => g.Sum(c => c.Balance));
        var ticked = chosen.ToHashSet();
        return new PayAtBookingQuote([.. rows.Where(r => r.Kind == BookingRequestKind.Reservation && r.Mode == PaymentMode.PayAtBooking && r.Price is > 0)
            .GroupBy(r => (r.StructureId, r.Service))
            .Select(g => new ServiceQuote(g.Key.StructureId, g.Key.Service, g.Sum(r => r.Price ?? 0), Math.Max(0, available.GetValueOrDefault(g.Key.StructureId)), ticked.Contains(g.Key.StructureId)))
            .OrderBy(s => s.Service, StringComparer.CurrentCulture)]);
    }
}

/// <summary>One service's days paid at booking in a cart, and the trop payé that may pay them.</summary>
public sealed record ServiceQuote(int StructureId, string Service, decimal Due, decimal Available, bool Chosen)
{
    /// <summary>What "Utiliser trop payé" takes off the card: as much as the trop payé holds, at most the days' price.</summary>
    public decimal Usable => BookingCredits.Usable(Available, Due);

    public decimal Used => Chosen ? Usable : 0;
}
