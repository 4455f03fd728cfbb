using DossierFamille.Storage.Blobs;

namespace DossierFamille.Storage.Intake;

/// <summary>Runs each file of an upload through <see cref="FileIntake"/> and enforces the piece's file count.</summary>
internal sealed class DocumentIntake(FileIntake fileIntake) : IDocumentIntake
{
    public async Task<IReadOnlyList<IntakeResult>> ProcessAsync(IntakeRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.BlobPrefix is { } prefix)
        {
            BlobNames.EnsureValidPrefix(prefix);
        }

        var results = new List<IntakeResult>(request.Files.Count);
        var stored = request.Limits.AlreadyStored;
        foreach (var file in request.Files)
        {
            if (stored >= request.Limits.MaxFiles)
            {
                results.Add(RefusalMessages.TooManyFiles(FileNameSanitizer.Sanitize(file.FileName), request.Limits.MaxFiles));
                continue;
            }

            var result = await fileIntake.ProcessAsync(file, request.Limits, request.BlobPrefix, cancellationToken);
            if (result is AcceptedDocument)
            {
                stored++;
            }

            results.Add(result);
        }

        return results;
    }
}
