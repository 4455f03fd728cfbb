using DossierFamille.Web.Features.Families;

namespace DossierFamille.Web.Features.Rgpd.Copy;

/// <summary>
/// What a data copy is written for: the account's <see cref="AccountScope"/> (only what the account may see goes
/// in), the zip, and the summary page (<c>index.html</c>) each section adds itself to.
/// </summary>
internal sealed record CopyContext(AccountScope Scope, CopyArchive Archive, CopyHtml Index)
{
    /// <summary>Adds the section to the summary: its title, what it holds, and links to its files.</summary>
    public void Summarise(string title, string description, params (string Path, string Label)[] files)
    {
        Index.Heading(title).Paragraph(description);
        foreach (var (path, label) in files)
        {
            Index.Link(path, label);
        }
    }
}
