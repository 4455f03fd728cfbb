namespace DossierFamille.Web.Features.Invoicing;

/// <summary>How long one invoice's PDF took: drawn, then stored in the blob store.</summary>
public sealed record PdfTiming(TimeSpan Drawn, TimeSpan Stored)
{
    public TimeSpan Total => Drawn + Stored;
}
