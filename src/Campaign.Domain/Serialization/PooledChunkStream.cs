using System.Buffers;

namespace Campaign.Domain.Serialization;

/// <summary>
/// The bytes of a stream read asynchronously into pooled 64 KiB chunks, then read back synchronously by the parser.
/// Holds the document once (no doubling growth as a <see cref="MemoryStream"/> would); returns the chunks on dispose.
/// </summary>
internal sealed class PooledChunkStream : ReadOnlyForwardStream
{
    private const int ChunkSize = 64 * 1024;

    private readonly List<byte[]> _chunks = [];
    private long _length;
    private long _position;

    public override long Length => _length;

    public override long Position
    {
        get => _position;
        set => throw new NotSupportedException();
    }

    public static async Task<PooledChunkStream> LoadAsync(Stream source, IProgress<long>? progress, CancellationToken cancellation)
    {
        var stream = new PooledChunkStream();
        try
        {
            while (true)
            {
                var chunk = ArrayPool<byte>.Shared.Rent(ChunkSize);
                stream._chunks.Add(chunk);
                var filled = 0;
                while (filled < ChunkSize)
                {
                    var read = await source.ReadAsync(chunk.AsMemory(filled, ChunkSize - filled), cancellation).ConfigureAwait(false);
                    if (read == 0)
                    {
                        break;
                    }

                    filled += read;
                    stream._length += read;
                    progress?.Report(stream._length);
                }

                if (filled < ChunkSize)
                {
                    return stream;
                }
            }
        }
        catch
        {
            stream.Dispose();
            throw;
        }
    }

    /// <summary>An empty stream that <see cref="Append"/> fills before it is read.</summary>
    public static PooledChunkStream CreateEmpty() => new();

    /// <summary>Adds bytes at the end (before anything is read): how a document built in memory is handed to the parser.</summary>
    public void Append(ReadOnlySpan<byte> bytes)
    {
        while (!bytes.IsEmpty)
        {
            var inChunk = (int)(_length % ChunkSize);
            if (inChunk == 0 && _length / ChunkSize == _chunks.Count)
            {
                _chunks.Add(ArrayPool<byte>.Shared.Rent(ChunkSize));
            }

            var take = Math.Min(ChunkSize - inChunk, bytes.Length);
            bytes[..take].CopyTo(_chunks[(int)(_length / ChunkSize)].AsSpan(inChunk));
            _length += take;
            bytes = bytes[take..];
        }
    }

    public override int Read(Span<byte> buffer)
    {
        var take = ReadAt(_position, buffer);
        _position += take;
        return take;
    }

    /// <summary>Reads from <paramref name="offset"/> without moving <see cref="Position"/>; safe from several threads.</summary>
    public int ReadAt(long offset, Span<byte> into)
    {
        var remaining = _length - offset;
        if (remaining <= 0 || into.IsEmpty)
        {
            return 0;
        }

        var inChunk = (int)(offset % ChunkSize);
        var take = (int)Math.Min(Math.Min(into.Length, ChunkSize - inChunk), remaining);
        _chunks[(int)(offset / ChunkSize)].AsSpan(inChunk, take).CopyTo(into);
        return take;
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            foreach (var chunk in _chunks)
            {
                ArrayPool<byte>.Shared.Return(chunk);
            }

            _chunks.Clear();
        }

        base.Dispose(disposing);
    }
}
