namespace DossierFamille.Storage.Intake;

/// <summary>Reads an upload into memory only as far as the checks need it, never past a limit.</summary>
internal sealed class UploadBuffer : IDisposable
{
    private readonly MemoryStream buffer = new();
    private readonly byte[] chunk = new byte[81920];
    private bool ended;

    public long Length => buffer.Length;

    public ReadOnlyMemory<byte> Memory => buffer.GetBuffer().AsMemory(0, (int)buffer.Length);

    /// <summary>Reads until <paramref name="limit"/> bytes are held or the upload ends; true when it ended.</summary>
    public async Task<bool> FillAsync(Stream source, long limit, CancellationToken cancellationToken)
    {
        while (!ended && buffer.Length < limit)
        {
            var wanted = (int)Math.Min(chunk.Length, limit - buffer.Length);
            var read = await source.ReadAsync(chunk.AsMemory(0, wanted), cancellationToken);
            if (read == 0)
            {
                ended = true;
            }

            buffer.Write(chunk, 0, read);
        }

        return ended;
    }

    /// <summary>A read-only stream over the bytes held, without copying them.</summary>
    public Stream AsStream() => new MemoryStream(buffer.GetBuffer(), 0, (int)buffer.Length, writable: false);

    public void Dispose() => buffer.Dispose();
}
