namespace DossierFamille.Web.Features.BillingState;

/// <summary>
/// How much of what is left to pay of one invoice falls on each service. An invoice covers every service of its account's
/// month, and its credit notes and payments are not tied to a line: what is left is shared in proportion to the services'
/// lines, each share rounded to the cent, the rounding's remainder on the largest. Nothing deducted yet: each service's
/// share is its lines' sum.
/// </summary>
public static class InvoiceShares
{
    /// <summary><paramref name="due"/> shared between the services (keys of <paramref name="lines"/>, by structure id) of the invoice's lines.</summary>
    public static Dictionary<int, decimal> Split(decimal due, IEnumerable<(int Service, decimal Amount)> lines)
    {
        var sums = lines.GroupBy(l => l.Service).ToDictionary(g => g.Key, g => g.Sum(l => l.Amount));
        var total = sums.Values.Sum();
        if (sums.Count == 0 || total <= 0)
        {
            return [];
        }

        var shares = sums.ToDictionary(s => s.Key, s => Math.Round(due * s.Value / total, 2, MidpointRounding.AwayFromZero));
        var largest = sums.OrderByDescending(s => s.Value).ThenBy(s => s.Key).First().Key;
        shares[largest] += due - shares.Values.Sum();
        return shares;
    }
}
