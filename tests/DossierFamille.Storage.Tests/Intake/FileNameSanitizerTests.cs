using DossierFamille.Storage.Intake;

namespace DossierFamille.Storage.Tests.Intake;

public sealed class FileNameSanitizerTests
{
    [Theory]
    [InlineData("../../etc/passwd", "passwd")]
    [InlineData("..\\..\\windows\\win.ini", "win.ini")]
    [InlineData("<script>alert(1)</script>.pdf", "script.pdf")]
    [InlineData("avis\u0000\u001b[31m.pdf", "avis[31m.pdf")]
    [InlineData("  .hidden.pdf  ", "hidden.pdf")]
    [InlineData("Carnet de santé – Léa.pdf", "Carnet de santé – Léa.pdf")]
    [InlineData("", "document")]
    [InlineData(null, "document")]
    [InlineData("...", "document")]
    [InlineData("bidi\u202Egnp.pdf", "bidignp.pdf")]
    public void Names_keep_what_a_parent_recognises_and_lose_paths_and_control_characters(string? input, string expected) =>
        Assert.Equal(expected, FileNameSanitizer.Sanitize(input));

    [Fact]
    public void Long_names_are_capped_and_keep_their_extension()
    {
        var name = FileNameSanitizer.Sanitize(new string('é', 300) + ".pdf");

        Assert.Equal(FileNameSanitizer.MaxLength, name.Length);
        Assert.EndsWith("é.pdf", name, StringComparison.Ordinal);
    }
}
