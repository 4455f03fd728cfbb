using System.Security.Cryptography;
using System.Text;

namespace DossierFamille.Storage.Tests.Corpus;

/// <summary>
/// The standard security handler, revision 3 (RC4, 128 bits), computed as the PDF specification
/// describes it (ISO 32000-1, 7.6.3.3, algorithms 2, 3 and 5), for documents without strings or
/// streams to encrypt.
/// </summary>
#pragma warning disable CA5351 // The PDF standard security handler is defined with MD5 and RC4; these samples reproduce it.
internal static class PdfEncryption
{
    public const int Permissions = -3904;

    private static readonly byte[] Padding = Convert.FromHexString("28BF4E5E4E758A4164004E56FFFA01082E2E00B6D0683E802F0CA9FE6453697A");

    public static readonly byte[] FileId = Convert.FromHexString("0123456789ABCDEF0123456789ABCDEF");

    /// <summary>The /Encrypt dictionary for these passwords; an empty user password opens the document.</summary>
    public static string Dictionary(string userPassword, string ownerPassword)
    {
        var owner = OwnerValue(userPassword, ownerPassword);
        var user = UserValue(FileKey(userPassword, owner));
        return FormattableString.Invariant($"<< /Filter /Standard /V 2 /R 3 /Length 128 /P {Permissions} /O <{Convert.ToHexString(owner)}> /U <{Convert.ToHexString(user)}> >>");
    }

    public static string TrailerId => $"/ID [<{Convert.ToHexString(FileId)}> <{Convert.ToHexString(FileId)}>]";

    private static byte[] Pad(string password) => [.. Encoding.Latin1.GetBytes(password).Take(32), .. Padding.Take(32 - Math.Min(32, password.Length))];

    private static byte[] OwnerValue(string userPassword, string ownerPassword)
    {
        var key = MD5.HashData(Pad(ownerPassword));
        for (var i = 0; i < 50; i++)
        {
            key = MD5.HashData(key);
        }

        return Rc4Rounds(key, Pad(userPassword));
    }

    private static byte[] FileKey(string userPassword, byte[] owner)
    {
        var key = MD5.HashData([.. Pad(userPassword), .. owner, .. BitConverter.GetBytes(Permissions), .. FileId]);
        for (var i = 0; i < 50; i++)
        {
            key = MD5.HashData(key);
        }

        return key;
    }

    private static byte[] UserValue(byte[] fileKey) => [.. Rc4Rounds(fileKey, MD5.HashData([.. Padding, .. FileId])), .. new byte[16]];

    /// <summary>RC4 with the key, then 19 times with the key's bytes XORed with the round number.</summary>
    private static byte[] Rc4Rounds(byte[] key, byte[] data)
    {
        var result = Rc4(key, data);
        for (byte round = 1; round <= 19; round++)
        {
            result = Rc4([.. key.Select(b => (byte)(b ^ round))], result);
        }

        return result;
    }

    private static byte[] Rc4(byte[] key, byte[] data)
    {
        var s = Enumerable.Range(0, 256).Select(i => (byte)i).ToArray();
        for (int i = 0, j = 0; i < 256; i++)
        {
            j = (j + s[i] + key[i % key.Length]) & 255;
            (s[i], s[j]) = (s[j], s[i]);
        }

        var output = new byte[data.Length];
        for (int n = 0, i = 0, j = 0; n < data.Length; n++)
        {
            i = (i + 1) & 255;
            j = (j + s[i]) & 255;
            (s[i], s[j]) = (s[j], s[i]);
            output[n] = (byte)(data[n] ^ s[(s[i] + s[j]) & 255]);
        }

        return output;
    }
}
#pragma warning restore CA5351
