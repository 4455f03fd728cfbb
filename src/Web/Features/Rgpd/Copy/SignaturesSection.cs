using DossierFamille.Web.Data;
using DossierFamille.Web.Features.Commune;
using DossierFamille.Web.Features.Reglements;
using Microsoft.EntityFrameworkCore;

namespace DossierFamille.Web.Features.Rgpd.Copy;

/// <summary>The règlement signatures the account owns (separated parents: its own only), with their receipts.</summary>
internal sealed class SignaturesSection(AppDbContext db, CommuneTime dates) : ICopySection
{
    public async Task WriteAsync(CopyContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var signatures = await context.Scope.Owned(db.ReglementSignatures.AsNoTracking(), s => s.FamilyId, s => s.UserId).OrderBy(s => s.Id)
            .Join(db.Children, s => s.ChildId, c => c.Id, (s, c) => new { Signature = s, Child = c.FirstName + " " + c.LastName })
            .Join(db.Structures, x => x.Signature.StructureId, st => st.Id, (x, st) => new { x.Signature, x.Child, Structure = st.Name })
            .ToListAsync(cancellationToken);
        var commune = await db.Commune.AsNoTracking().Select(c => c.Name).SingleAsync(cancellationToken);
        var rows = new List<IReadOnlyList<string?>>();
        foreach (var x in signatures)
        {
            var receipt = $"signatures/accuse-reglement-{x.Signature.Id}.pdf";
            using var pdf = new MemoryStream(ReceiptPdf.Create(x.Signature, x.Child, x.Structure, commune));
            await context.Archive.AddFileAsync(receipt, pdf, cancellationToken);
            rows.Add([x.Child, x.Structure, x.Signature.SchoolYear, x.Signature.SignerName, $"{x.Signature.Place}, {CommuneTime.Typed(x.Signature.SignedOn)}", dates.DateAndTime(x.Signature.ServerUtc), x.Signature.IpAddress, receipt]);
        }

        await context.Archive.AddJsonAsync("signatures/signatures.json", signatures.Select(x => new
        {
            x.Signature.Id,
            x.Child,
            x.Structure,
            x.Signature.SchoolYear,
            ReglementVersion = x.Signature.DocumentVersion,
            ReglementSha256 = x.Signature.DocumentSha256,
            x.Signature.Wording,
            x.Signature.SignerName,
            x.Signature.Place,
            x.Signature.SignedOn,
            RecordedAt = x.Signature.ServerUtc,
            x.Signature.IpAddress,
            x.Signature.UserAgent,
            x.Signature.Hash,
        }), cancellationToken);
        await context.Archive.AddHtmlAsync("signatures/signatures.html", new CopyHtml("Signatures des règlements intérieurs", "../index.html")
            .Table(["Enfant", "Structure", "Année", "Signé par", "Fait à, le", "Enregistré le", "Adresse IP", "Accusé"], rows), cancellationToken);
        context.Summarise("Signatures des règlements intérieurs", $"{signatures.Count} signature(s), chacune avec son accusé PDF.",
            ("signatures/signatures.html", "Lire (signatures.html)"), ("signatures/signatures.json", "Données (signatures.json)"));
    }
}
