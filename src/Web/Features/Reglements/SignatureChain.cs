using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace DossierFamille.Web.Features.Reglements;

/// <summary>The SHA-256 chain over signature evidence: each hash covers the row's fields and the previous hash.</summary>
public static class SignatureChain
{
    public const string Genesis = "0000000000000000000000000000000000000000000000000000000000000000";

    public static string Compute(ReglementSignature s)
    {
        ArgumentNullException.ThrowIfNull(s);
        var canonical = string.Join('\n',
            s.ReglementId, s.StructureId, s.ChildId, s.FamilyId, s.UserId, s.SchoolYear, s.DocumentVersion, s.DocumentSha256,
            s.SignerName, s.Place, s.SignedOn, s.ServerUtc.UtcTicks.ToString(CultureInfo.InvariantCulture), s.IpAddress, s.UserAgent, s.Wording, s.PreviousHash);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(canonical)));
    }

    /// <summary>
    /// The id of the first row whose hash or link is wrong, or null when the chain holds. <paramref name="start"/>: the
    /// hash the first row links to (<see cref="SignatureChainAnchor.Hash"/> once the oldest rows were purged).
    /// </summary>
    public static long? FirstBroken(IEnumerable<ReglementSignature> rowsInOrder, string start = Genesis)
    {
        var previous = start;
        foreach (var row in rowsInOrder)
        {
            if (row.PreviousHash != previous || row.Hash != Compute(row))
            {
                return row.Id;
            }

            previous = row.Hash;
        }

        return null;
    }
}
