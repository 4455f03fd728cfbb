namespace DossierFamille.Storage.Blobs;

/// <summary>An open blob: stream its <see cref="Content"/>, then dispose.</summary>
public sealed class BlobContent(Stream content, BlobInfo info) : IAsyncDisposable, IDisposable
{
    public Stream Content { get; } = content;

    public BlobInfo Info { get; } = info;

    public ValueTask DisposeAsync() => Content.DisposeAsync();

    public void Dispose() => Content.Dispose();
}
