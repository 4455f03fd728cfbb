using System.Buffers.Binary;
using System.Net.Sockets;
using System.Text;

namespace DossierFamille.Storage.Antivirus;

/// <summary>
/// ClamAV's clamd over TCP: <c>zINSTREAM</c> with length-prefixed chunks, and <c>zPING</c>.
/// A scanner that cannot answer reports <see cref="ScanOutcome.Unavailable"/>: the caller fails closed.
/// </summary>
internal sealed class ClamdClient(string host, int port, TimeSpan timeout) : IAntivirusScanner
{
    private const int ChunkSize = 64 * 1024;

    public async Task<ScanVerdict> ScanAsync(ReadOnlyMemory<byte> content, CancellationToken cancellationToken)
    {
        try
        {
            var reply = await ExchangeAsync("zINSTREAM\0"u8.ToArray(), content, cancellationToken);
            return Parse(reply);
        }
        catch (Exception exception) when (exception is SocketException or IOException or OperationCanceledException && !cancellationToken.IsCancellationRequested)
        {
            return new ScanVerdict(ScanOutcome.Unavailable, exception.Message);
        }
    }

    public async Task<string> PingAsync(CancellationToken cancellationToken) =>
        await ExchangeAsync("zPING\0"u8.ToArray(), null, cancellationToken);

    internal static ScanVerdict Parse(string reply)
    {
        // "stream: OK", "stream: Eicar-Signature FOUND", "INSTREAM size limit exceeded. ERROR"
        if (reply.EndsWith(" FOUND", StringComparison.Ordinal))
        {
            var start = reply.IndexOf(": ", StringComparison.Ordinal);
            var signature = reply[(start < 0 ? 0 : start + 2)..^" FOUND".Length];
            return new ScanVerdict(ScanOutcome.Infected, signature);
        }

        return reply.EndsWith(": OK", StringComparison.Ordinal)
            ? ScanVerdict.Clean
            : new ScanVerdict(ScanOutcome.Unavailable, reply);
    }

    private async Task<string> ExchangeAsync(byte[] command, ReadOnlyMemory<byte>? content, CancellationToken cancellationToken)
    {
        using var timeoutSource = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeoutSource.CancelAfter(timeout);
        var token = timeoutSource.Token;
        using var client = new TcpClient { NoDelay = true };
        await client.ConnectAsync(host, port, token);
        var stream = client.GetStream();
        await stream.WriteAsync(command, token);
        if (content is { } data)
        {
            var header = new byte[4];
            for (var offset = 0; offset < data.Length; offset += ChunkSize)
            {
                var chunk = data.Slice(offset, Math.Min(ChunkSize, data.Length - offset));
                BinaryPrimitives.WriteInt32BigEndian(header, chunk.Length);
                await stream.WriteAsync(header, token);
                await stream.WriteAsync(chunk, token);
            }

            BinaryPrimitives.WriteInt32BigEndian(header, 0);
            await stream.WriteAsync(header, token);
        }

        await stream.FlushAsync(token);
        using var reply = new MemoryStream();
        var buffer = new byte[256];
        int read;
        while ((read = await stream.ReadAsync(buffer, token)) > 0)
        {
            var zero = Array.IndexOf(buffer, (byte)0, 0, read);
            reply.Write(buffer, 0, zero < 0 ? read : zero);
            if (zero >= 0)
            {
                break;
            }
        }

        return Encoding.ASCII.GetString(reply.ToArray()).Trim();
    }
}
