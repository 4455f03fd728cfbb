using System.Security.Cryptography;
using System.Text;

namespace DossierFamille.Workflows.Runtime;

/// <summary>Bookmarks and stimuli are matched by this hash of (name, key).</summary>
internal static class StimulusHash
{
    public static string Compute(string name, string? key)
    {
        var text = name + "\u001f" + (key ?? "");
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(Encoding.UTF8.GetBytes(text), hash);
        return Convert.ToHexString(hash[..20]);
    }
}
