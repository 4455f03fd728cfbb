namespace DossierFamille.Storage.Pdf;

internal enum PdfProblem
{
    None,
    Corrupt,
    Encrypted,
    ActiveContent,
    EmbeddedFiles,
}

internal sealed record PdfVerdict(PdfProblem Problem, int PageCount = 0)
{
    public bool IsAcceptable => Problem == PdfProblem.None;
}
