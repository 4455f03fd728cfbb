using System.Text.Json.Nodes;
using DossierFamille.Storage.Blobs;
using DossierFamille.Web.Data;
using DossierFamille.Web.Features.Commune;
using DossierFamille.Web.Features.Dossier;
using Microsoft.EntityFrameworkCore;

namespace DossierFamille.Web.Features.Rgpd.Copy;

/// <summary>Every fiche the account reaches, of every year (readable page and JSON), with its history and its documents as they were sent.</summary>
internal sealed class FichesSection(AppDbContext db, IBlobStore blobs, CommuneTime dates) : ICopySection
{
    public async Task WriteAsync(CopyContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var scope = context.Scope;
        var fiches = await scope.Fiches(db.Fiches.AsNoTracking()).OrderBy(f => f.CampaignId).ThenBy(f => f.Kind).ThenBy(f => f.Id).ToListAsync(cancellationToken);
        var ids = fiches.Select(f => f.Id).ToList();
        var pieces = (await scope.Pieces(db.FichePieces.AsNoTracking()).Where(p => ids.Contains(p.FicheId)).OrderBy(p => p.Id).ToListAsync(cancellationToken)).ToLookup(p => p.FicheId);
        var history = (await db.FicheEvents.AsNoTracking().Where(e => ids.Contains(e.FicheId)).OrderBy(e => e.Id).ToListAsync(cancellationToken)).ToLookup(e => e.FicheId);
        var years = await db.Campaigns.AsNoTracking().ToDictionaryAsync(c => c.Id, c => c.SchoolYear, cancellationToken);
        var labels = await db.PieceRules.AsNoTracking().ToDictionaryAsync(r => r.Code, r => r.Label, cancellationToken);
        var links = new List<(string, string)>();
        foreach (var fiche in fiches)
        {
            var name = $"fiches/{fiche.Id}-{CopyArchive.SafeName(fiche.Title)}";
            var year = years.GetValueOrDefault(fiche.CampaignId, "");
            var documents = new List<(FichePiece Piece, string? Path)>();
            foreach (var piece in pieces[fiche.Id])
            {
                documents.Add((piece, await AddDocumentAsync(context.Archive, fiche, piece, cancellationToken)));
            }

            await context.Archive.AddJsonAsync(name + ".json", new
            {
                fiche.Id,
                Kind = FicheLabels.Kind(fiche.Kind),
                fiche.Title,
                SchoolYear = year,
                Status = FicheLabels.Status(fiche.Status),
                fiche.Motif,
                fiche.UpdatedAt,
                fiche.TransmittedAt,
                fiche.DecidedAt,
                fiche.DecidedBy,
                Content = JsonNode.Parse(fiche.DataJson),
                Documents = documents.Select(d => new { Piece = labels.GetValueOrDefault(d.Piece.PieceCode, d.Piece.PieceCode), File = d.Piece.DisplayName, d.Piece.ContentType, d.Piece.Size, d.Piece.UploadedAt, PathInCopy = d.Path }),
                History = history[fiche.Id].Select(e => new { e.At, e.Actor, e.Action, e.Detail }),
            }, cancellationToken);

            var page = new CopyHtml($"{fiche.Title} ({year})", "../index.html")
                .Fields([("Type", FicheLabels.Kind(fiche.Kind)), ("Année scolaire", year), ("État", FicheLabels.Status(fiche.Status)), ("Motif", fiche.Motif),
                    ("Dernière modification", dates.DateAndTime(fiche.UpdatedAt)), ("Transmise le", dates.DateAndTime(fiche.TransmittedAt)), ("Décision le", dates.DateAndTime(fiche.DecidedAt))])
                .Heading("Contenu")
                .Fields(FicheContent.Compare(fiche.Kind, fiche.DataJson, null).Select(f => (f.Label, (string?)f.Value)))
                .Heading("Pièces justificatives")
                .Table(["Pièce", "Fichier", "Envoyée le", "Dans cette copie"], documents.Select(d => (IReadOnlyList<string?>)[
                    labels.GetValueOrDefault(d.Piece.PieceCode, d.Piece.PieceCode), d.Piece.DisplayName, dates.DateAndTime(d.Piece.UploadedAt), d.Path ?? "Fichier introuvable"]))
                .Heading("Historique")
                .Table(["Date", "Par", "Action", "Détail"], history[fiche.Id].Select(e => (IReadOnlyList<string?>)[dates.DateAndTime(e.At), e.Actor, e.Action, e.Detail]));
            await context.Archive.AddHtmlAsync(name + ".html", page, cancellationToken);
            links.Add(($"{name}.html", $"{fiche.Title} ({year}) – {FicheLabels.Status(fiche.Status)}"));
        }

        context.Summarise("Fiches et pièces justificatives",
            fiches.Count == 0 ? "Aucune fiche." : "Chaque fiche de chaque année : une page à lire (.html), les données (.json) et ses pièces justificatives dans le dossier « documents ».",
            [.. links]);
    }

    /// <summary>Copies the document into documents/{fiche}/; null when its file is gone from the store.</summary>
    private async Task<string?> AddDocumentAsync(CopyArchive archive, Fiche fiche, FichePiece piece, CancellationToken cancellationToken)
    {
        await using var blob = await blobs.OpenReadAsync(piece.BlobName, cancellationToken);
        if (blob is null)
        {
            return null;
        }

        var path = $"documents/{fiche.Id}/{piece.Id}-{CopyArchive.SafeName(piece.DisplayName)}";
        await archive.AddFileAsync(path, blob.Content, cancellationToken);
        return path;
    }
}
