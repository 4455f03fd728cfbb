namespace DossierFamille.Web.Features.Rgpd.Copy;

/// <summary>One part of a data copy (account, fiches, signatures…): writes its files and its entry in the summary page.</summary>
internal interface ICopySection
{
    Task WriteAsync(CopyContext context, CancellationToken cancellationToken);
}
