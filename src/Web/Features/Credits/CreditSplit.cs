namespace DossierFamille.Web.Features.Credits;

/// <summary>
/// Shares an amount owed back between the services it was paid for: each service in turn gets up to its part of what was
/// paid (<c>shares</c>, in the order given), and what is left past them all goes to the last one. Amounts in cents stay
/// exact: the parts sum to the amount.
/// </summary>
public static class CreditSplit
{
    public static IReadOnlyList<(int StructureId, decimal Amount)> Of(decimal amount, IReadOnlyList<(int StructureId, decimal Share)> shares)
    {
        ArgumentNullException.ThrowIfNull(shares);
        if (amount <= 0 || shares.Count == 0)
        {
            return [];
        }

        var parts = new List<(int StructureId, decimal Amount)>();
        var left = amount;
        foreach (var (structureId, share) in shares)
        {
            var part = Math.Min(left, Math.Max(0, share));
            if (part > 0)
            {
                parts.Add((structureId, part));
                left -= part;
            }
        }

        if (left > 0)
        {
            var last = shares[^1].StructureId;
            var index = parts.FindIndex(p => p.StructureId == last);
            if (index < 0)
            {
                parts.Add((last, left));
            }
            else
            {
                parts[index] = (last, parts[index].Amount + left);
            }
        }

        return parts;
    }
}
