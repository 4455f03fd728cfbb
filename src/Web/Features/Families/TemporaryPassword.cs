using System.Security.Cryptography;

namespace DossierFamille.Web.Features.Families;

/// <summary>A random password that satisfies the password rules, to be changed at first login.</summary>
public static class TemporaryPassword
{
    private const string Upper = "ABCDEFGHJKLMNPQRSTUVWXYZ";
    private const string Lower = "abcdefghijkmnopqrstuvwxyz";
    private const string Digits = "23456789";
    private const string Specials = "!?*#-+";

    public static string Generate()
    {
        var characters = new List<char>();
        characters.AddRange(Pick(Upper, 3));
        characters.AddRange(Pick(Lower, 4));
        characters.AddRange(Pick(Digits, 3));
        characters.AddRange(Pick(Specials, 2));
        return new string([.. characters.OrderBy(_ => RandomNumberGenerator.GetInt32(int.MaxValue))]);
    }

    private static IEnumerable<char> Pick(string alphabet, int count) =>
        Enumerable.Range(0, count).Select(_ => alphabet[RandomNumberGenerator.GetInt32(alphabet.Length)]);
}
