using System.Text;
using DossierFamille.Storage.Intake;
using DossierFamille.Storage.Tests.Corpus;

namespace DossierFamille.Storage.Tests.Intake;

public sealed class ContentSnifferTests
{
    [Fact]
    public void Types_come_from_the_content()
    {
        Assert.Equal(DocumentKind.Pdf, ContentSniffer.Sniff(PdfSamples.Valid(1)));
        Assert.Equal(DocumentKind.Jpeg, ContentSniffer.Sniff(ImageSamples.SmallJpeg()));
        Assert.Equal(DocumentKind.Png, ContentSniffer.Sniff(ImageSamples.PngWithAlpha()));
        Assert.Equal(DocumentKind.Html, ContentSniffer.Sniff(OtherSamples.Html()));
        Assert.Equal(DocumentKind.Svg, ContentSniffer.Sniff(OtherSamples.SvgWithScript()));
        Assert.Equal(DocumentKind.Zip, ContentSniffer.Sniff(OtherSamples.Zip()));
        Assert.Equal(DocumentKind.Executable, ContentSniffer.Sniff(OtherSamples.Elf()));
        Assert.Equal(DocumentKind.OfficeLegacy, ContentSniffer.Sniff(OtherSamples.LegacyOffice()));
        Assert.Equal(DocumentKind.Heic, ContentSniffer.Sniff("\0\0\0\u0018ftypheic\0\0\0\0"u8));
        Assert.Equal(DocumentKind.WebP, ContentSniffer.Sniff("RIFF\u0010\0\0\0WEBPVP8 "u8));
        Assert.Equal(DocumentKind.Unknown, ContentSniffer.Sniff(Encoding.UTF8.GetBytes("Bonjour")));
    }
}
