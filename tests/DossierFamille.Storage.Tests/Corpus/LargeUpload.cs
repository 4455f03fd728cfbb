namespace DossierFamille.Storage.Tests.Corpus;

/// <summary>A forward-only upload of <c>length</c> bytes starting with <c>header</c>, generated on the fly (never allocated whole).</summary>
internal sealed class LargeUpload(byte[] header, long length) : Stream
{
    private long position;

    public long BytesServed => position;

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => length;

    public override long Position
    {
        get => position;
        set => throw new NotSupportedException();
    }

    public override int Read(byte[] buffer, int offset, int count)
    {
        var n = (int)Math.Min(count, length - position);
        for (var i = 0; i < n; i++)
        {
            var at = position + i;
            buffer[offset + i] = at < header.Length ? header[at] : (byte)(at * 31);
        }

        position += n;
        return n;
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
