namespace DossierFamille.Storage.Pdf;

internal enum PdfProblem
{
    None,
    Corrupt,
    Encrypted,
    ActiveContent,
}

internal sealed record PdfVerdict(PdfProblem Problem, int PageCount = 0)
{
    public bool IsAcceptable => Problem == PdfProblem.None;
}
