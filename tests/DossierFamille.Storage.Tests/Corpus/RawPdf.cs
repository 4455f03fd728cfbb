using System.Text;

namespace DossierFamille.Storage.Tests.Corpus;

/// <summary>Writes a PDF by hand from object bodies (object 1 is the catalog), with a correct xref table.</summary>
internal static class RawPdf
{
    public static byte[] Build(IReadOnlyList<byte[]> objects, string trailerExtra = "")
    {
        using var output = new MemoryStream();
        Write(output, "%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n");
        var offsets = new List<long>();
        for (var i = 0; i < objects.Count; i++)
        {
            offsets.Add(output.Position);
            Write(output, $"{i + 1} 0 obj\n");
            output.Write(objects[i]);
            Write(output, "\nendobj\n");
        }

        var xref = output.Position;
        var table = new StringBuilder($"xref\n0 {objects.Count + 1}\n0000000000 65535 f \n");
        foreach (var offset in offsets)
        {
            table.Append(FormattableString.Invariant($"{offset:D10} 00000 n \n"));
        }

        table.Append(FormattableString.Invariant($"trailer\n<< /Size {objects.Count + 1} /Root 1 0 R {trailerExtra} >>\nstartxref\n{xref}\n%%EOF\n"));
        Write(output, table.ToString());
        return output.ToArray();
    }

    public static byte[] Text(string text) => Encoding.Latin1.GetBytes(text);

    public static byte[] Stream(string dictionaryExtra, byte[] data) =>
        [.. Text($"<< /Length {data.Length} {dictionaryExtra} >>\nstream\n"), .. data, .. Text("\nendstream")];

    private static void Write(Stream output, string text) => output.Write(Encoding.Latin1.GetBytes(text));
}
