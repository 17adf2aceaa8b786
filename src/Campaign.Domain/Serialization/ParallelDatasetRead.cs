using System.Text.Json;
using Microsoft.Win32.SafeHandles;

namespace Campaign.Domain.Serialization;

/// <summary>
/// Reads a large document in parts on several threads: the document is cut at record boundaries of its top-level
/// arrays, each part is parsed by its own <see cref="DatasetParser"/> (its own lists, indexes and string pools) as a
/// small document of its own, and the parts are joined in order into the first part's parser, which then runs the
/// checks that need the whole document.
/// </summary>
/// <remarks>
/// <para>A cut is found near each 1/n of the document without reading what comes before it: the candidate is a
/// <c>{</c> preceded by <c>,</c> and <c>}</c> (whitespace aside) whose properties name a collection. The part before the
/// cut is closed by <c>]}</c> and the part after it opened by <c>{"collection":[</c>; the cut is proven right when the
/// part before it parses cleanly and its last root array is that collection (a cut inside a string or a nested array
/// cannot end a clean document there).</para>
/// <para>A later part resolves a reference in its own records, else in the first part's records of a collection that
/// the first part has read to its end (published through <c>DatasetParser</c>'s completed bits; those indexes no longer
/// change), else keeps it for the joined check. In the usual order of a dataset the references of the later parts thus
/// share the first part's id strings, as in a sequential read, and only the few that name records of a collection the
/// first part is still reading wait for the join.</para>
/// <para>Anything unusual (no cut found, a wrong guess, any error in any part, a reference that fails once joined)
/// makes <see cref="TryParse"/> give up, and the caller reads the document sequentially: errors are always the
/// sequential reader's.</para>
/// </remarks>
internal static class ParallelDatasetRead
{
    /// <summary>Below this many bytes a document is read sequentially: 32 MiB.</summary>
    public const long DefaultThreshold = 32L * 1024 * 1024;

    private const int WindowSize = 256 * 1024;
    private const int MaxCandidates = 256;

    private static readonly byte[] Suffix = "]}"u8.ToArray();

    /// <summary>
    /// Parses the document in parts; the joined, error-free parser, or null when the document must be read sequentially
    /// (too small, not seekable, one degree, or anything unusual). The stream's position is left at its end on success
    /// and untouched otherwise.
    /// </summary>
    public static DatasetParser? TryParse(Stream stream, DatasetReadOptions options, IProgress<long>? progress, CancellationToken cancellation, int bufferSize)
    {
        if (options.MaxDegreeOfParallelism < 2 || DatasetBytes.TryOpen(stream) is not { } bytes || bytes.Length < options.ParallelThreshold)
        {
            return null;
        }

        // No part smaller than half the threshold (16 MiB by default), however many cores: a part costs a thread, a
        // buffer and its share of the join.
        var parts = options.ParallelThreshold < 2
            ? options.MaxDegreeOfParallelism
            : (int)Math.Clamp(bytes.Length / (options.ParallelThreshold / 2), 2, options.MaxDegreeOfParallelism);
        var cuts = FindCuts(bytes, parts);
        if (cuts.Count == 0)
        {
            bytes.Restore();
            return null;
        }

        var counter = progress is null ? null : new ProgressCounter(progress);
        var parsers = new DatasetParser[cuts.Count + 1];
        using var abandon = CancellationTokenSource.CreateLinkedTokenSource(cancellation);
        var joined = false;
        try
        {
            for (var i = 0; i < parsers.Length; i++)
            {
                var begin = i == 0 ? 0 : cuts[i - 1].Start;
                var end = i == cuts.Count ? bytes.Length : cuts[i].Comma;
                var part = new PartStream(bytes, i == 0 ? [] : Prefix(cuts[i - 1].Collection), begin, end, i == cuts.Count ? [] : Suffix, counter);
                parsers[i] = i == 0
                    ? new DatasetParser(part, options, null, abandon.Token, bufferSize, DatasetPart.First)
                    : new DatasetParser(part, options, null, abandon.Token, bufferSize, DatasetPart.Later, parsers[0]);
            }

            var failed = 0;
            if (options.PartOrder == 0)
            {
                var tasks = new Task[parsers.Length - 1];
                for (var i = 1; i < parsers.Length; i++)
                {
                    var parser = parsers[i];
                    tasks[i - 1] = Task.Factory.StartNew(() => Run(parser, abandon, ref failed), CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
                }

                Run(parsers[0], abandon, ref failed);
                Task.WaitAll(tasks, CancellationToken.None);
            }
            else
            {
                // Tests: the first part wholly before the others (every reference into it resolved at once) or after them (none).
                for (var i = 0; i < parsers.Length; i++)
                {
                    Run(parsers[options.PartOrder == 1 ? i : (i + 1) % parsers.Length], abandon, ref failed);
                }
            }

            cancellation.ThrowIfCancellationRequested();
            if (failed != 0 || !Consistent(parsers, cuts))
            {
                bytes.Restore();
                return null;
            }

            var later = new List<DatasetParser>(parsers.Length - 1);
            for (var i = 1; i < parsers.Length; i++)
            {
                later.Add(parsers[i]);
            }

            if (!parsers[0].CompleteParts(later))
            {
                bytes.Restore();
                return null;
            }

            bytes.MoveStreamToEnd();
            counter?.Complete(bytes.Length);
            joined = true;
            return parsers[0];
        }
        finally
        {
            for (var i = joined ? 1 : 0; i < parsers.Length; i++)
            {
                parsers[i]?.Dispose();
            }
        }
    }

    private static void Run(DatasetParser parser, CancellationTokenSource abandon, ref int failed)
    {
        try
        {
            parser.Parse();
            if (parser.Succeeded)
            {
                parser.ResolveKeptReferences();
            }

            if (parser.Succeeded)
            {
                return;
            }
        }
        catch (Exception)
        {
            // Cancelled because another part failed, or anything unexpected (an I/O error included): the sequential
            // read that follows meets the same input and reports it as it always does.
        }

        Interlocked.Exchange(ref failed, 1);
        try
        {
            abandon.Cancel();
        }
        catch (AggregateException)
        {
            // A callback registered on the caller's token failed; the sequential read will cancel the same way.
        }
    }

    /// <summary>Whether each cut closed the collection it opened the next part with, and the root properties add up.</summary>
    private static bool Consistent(DatasetParser[] parsers, List<Cut> cuts)
    {
        var seen = parsers[0].RootSeen;
        for (var i = 1; i < parsers.Length; i++)
        {
            var bridge = cuts[i - 1].Collection;
            if (parsers[i - 1].LastRootCollection != bridge || (parsers[i].RootSeen & seen) != bridge)
            {
                return false;
            }

            seen |= parsers[i].RootSeen;
        }

        return (seen & 7) == 7;
    }

    /// <summary>The start of a later part: the root object and the array of the collection (by its bit) that the cut is in.</summary>
    private static byte[] Prefix(int collection) => collection switch
    {
        4 => "{\"units\":["u8.ToArray(),
        8 => "{\"people\":["u8.ToArray(),
        16 => "{\"opinions\":["u8.ToArray(),
        32 => "{\"problems\":["u8.ToArray(),
        _ => "{\"rectifications\":["u8.ToArray(),
    };

    private static List<Cut> FindCuts(DatasetBytes bytes, int degree)
    {
        var cuts = new List<Cut>();
        var window = new byte[WindowSize];
        long after = 0;
        for (var k = 1; k < degree; k++)
        {
            var target = Math.Max(after, bytes.Length / degree * k);
            var read = 0;
            for (int got; read < window.Length && (got = bytes.ReadAt(target + read, window.AsSpan(read))) > 0;)
            {
                read += got;
            }

            if (FindCut(window.AsSpan(0, read), target) is { } cut && cut.Comma > after)
            {
                cuts.Add(cut);
                after = cut.Start + 1;
            }
        }

        return cuts;
    }

    /// <summary>The likeliest record boundary in <paramref name="window"/> (read at <paramref name="origin"/>): the least indented candidate whose properties name a collection.</summary>
    internal static Cut? FindCut(ReadOnlySpan<byte> window, long origin)
    {
        Span<int> found = stackalloc int[MaxCandidates];
        Span<int> columns = stackalloc int[MaxCandidates];
        var count = 0;
        for (var at = window.IndexOf((byte)'{'); at >= 0 && count < MaxCandidates; at = NextBrace(window, at))
        {
            var comma = SkipBackWhitespace(window, at - 1);
            if (comma < 0 || window[comma] != (byte)',')
            {
                continue;
            }

            var close = SkipBackWhitespace(window, comma - 1);
            if (close < 0 || window[close] != (byte)'}')
            {
                continue;
            }

            var newline = window[..at].LastIndexOf((byte)'\n');
            found[count] = at;
            columns[count] = newline < 0 ? int.MaxValue : at - newline;
            count++;
        }

        // The least indented first: records of the top-level arrays sit less deep than the objects inside them.
        while (count > 0)
        {
            var best = 0;
            for (var i = 1; i < count; i++)
            {
                if (columns[i] < columns[best])
                {
                    best = i;
                }
            }

            var at = found[best];
            var collection = CollectionOf(window[at..]);
            if (collection != 0)
            {
                return new Cut(origin + SkipBackWhitespace(window, at - 1), origin + at, collection);
            }

            found[best] = found[count - 1];
            columns[best] = columns[count - 1];
            count--;
        }

        return null;
    }

    private static int NextBrace(ReadOnlySpan<byte> window, int at)
    {
        var next = window[(at + 1)..].IndexOf((byte)'{');
        return next < 0 ? -1 : at + 1 + next;
    }

    private static int SkipBackWhitespace(ReadOnlySpan<byte> window, int at)
    {
        while (at >= 0 && window[at] is (byte)' ' or (byte)'\t' or (byte)'\n' or (byte)'\r')
        {
            at--;
        }

        return at;
    }

    /// <summary>The collection whose record the object at the start of <paramref name="json"/> looks like (its bit), or 0.</summary>
    private static int CollectionOf(ReadOnlySpan<byte> json)
    {
        var reader = new Utf8JsonReader(json, isFinalBlock: false, default);
        var names = 0;
        try
        {
            while (reader.Read())
            {
                if (reader.TokenType == JsonTokenType.PropertyName && reader.CurrentDepth == 1)
                {
                    names |= reader.ValueTextEquals("problemIds"u8) || reader.ValueTextEquals("measure"u8) ? 64
                        : reader.ValueTextEquals("owner"u8) || reader.ValueTextEquals("identifiedOn"u8) || reader.ValueTextEquals("category"u8) ? 32
                        : reader.ValueTextEquals("receivedOn"u8) ? 16
                        : reader.ValueTextEquals("role"u8) ? 8
                        : reader.ValueTextEquals("level"u8) ? 4
                        : 0;
                }
                else if (reader.TokenType == JsonTokenType.EndObject && reader.CurrentDepth == 0)
                {
                    break;
                }
            }
        }
        catch (JsonException)
        {
            return 0;
        }

        // One collection only: a mix is no record of ours.
        return names is 4 or 8 or 16 or 32 or 64 ? names : 0;
    }

    /// <summary>A record boundary: the comma after a record, the start of the next, and the bit of their collection.</summary>
    internal readonly record struct Cut(long Comma, long Start, int Collection);

    /// <summary>The total of bytes read by every part, told to the caller's progress one report at a time.</summary>
    private sealed class ProgressCounter(IProgress<long> progress)
    {
        private readonly Lock _gate = new();
        private long _total;

        public void Add(int count)
        {
            lock (_gate)
            {
                _total += count;
                progress.Report(_total);
            }
        }

        /// <summary>Reports the whole length once every part is read (the commas between parts are read by none).</summary>
        public void Complete(long length)
        {
            lock (_gate)
            {
                _total = length;
                progress.Report(length);
            }
        }
    }

    /// <summary>One part as a document of its own: a prefix, a range of the document, a suffix.</summary>
    private sealed class PartStream(DatasetBytes bytes, byte[] prefix, long begin, long end, byte[] suffix, ProgressCounter? counter) : ReadOnlyForwardStream
    {
        private long _position = -prefix.Length;

        public override int Read(Span<byte> buffer)
        {
            if (buffer.IsEmpty)
            {
                return 0;
            }

            if (_position < 0)
            {
                var take = (int)Math.Min(-_position, buffer.Length);
                prefix.AsSpan(prefix.Length + (int)_position, take).CopyTo(buffer);
                _position += take;
                return take;
            }

            var length = end - begin;
            if (_position < length)
            {
                var read = bytes.ReadAt(begin + _position, buffer[..(int)Math.Min(buffer.Length, length - _position)]);
                if (read == 0)
                {
                    throw new IOException("The document ended before its expected length.");
                }

                _position += read;
                counter?.Add(read);
                return read;
            }

            var inSuffix = (int)(_position - length);
            var rest = Math.Min(suffix.Length - inSuffix, buffer.Length);
            suffix.AsSpan(inSuffix, rest).CopyTo(buffer);
            _position += rest;
            return rest;
        }
    }
}

/// <summary>The bytes of a seekable source from its current position to its end, read at any offset from any thread.</summary>
internal abstract class DatasetBytes
{
    public abstract long Length { get; }

    /// <summary>The bytes of a file stream, a memory stream with a visible buffer or a <see cref="PooledChunkStream"/>; null for any other stream.</summary>
    public static DatasetBytes? TryOpen(Stream stream) => stream switch
    {
        FileStream { CanSeek: true, CanRead: true } file => new FileBytes(file),
        MemoryStream memory when memory.TryGetBuffer(out var buffer) => new MemoryBytes(memory, buffer),
        PooledChunkStream chunks => new ChunkBytes(chunks),
        { CanSeek: true, CanRead: true } => new SeekableBytes(stream),
        _ => null,
    };

    /// <summary>Reads up to <c>into.Length</c> bytes at <paramref name="offset"/> (from the start position); 0 at the end.</summary>
    public abstract int ReadAt(long offset, Span<byte> into);

    /// <summary>Leaves the stream at its end, as a sequential read does.</summary>
    public abstract void MoveStreamToEnd();

    /// <summary>Leaves the stream where it was found, for the sequential read that follows a failed parallel one.</summary>
    public virtual void Restore()
    {
    }

    /// <summary>The part of <paramref name="into"/> that the bytes from <paramref name="offset"/> on can fill: empty at or past the end.</summary>
    protected Span<byte> Within(long offset, Span<byte> into) => offset >= Length ? [] : into[..(int)Math.Min(into.Length, Length - offset)];

    private sealed class FileBytes : DatasetBytes
    {
        private readonly FileStream _file;
        private readonly SafeFileHandle _handle;
        private readonly long _start;
        private readonly long _length;

        public FileBytes(FileStream file)
        {
            _file = file;
            _start = file.Position;
            _length = Math.Max(0, file.Length - _start);
            _handle = file.SafeFileHandle;
        }

        public override long Length => _length;

        public override int ReadAt(long offset, Span<byte> into)
        {
            var span = Within(offset, into);
            return span.IsEmpty ? 0 : RandomAccess.Read(_handle, span, _start + offset);
        }

        public override void MoveStreamToEnd() => _file.Seek(0, SeekOrigin.End);
    }

    private sealed class MemoryBytes(MemoryStream stream, ArraySegment<byte> buffer) : DatasetBytes
    {
        private readonly long _start = stream.Position;

        public override long Length => Math.Max(0, buffer.Count - _start);

        public override int ReadAt(long offset, Span<byte> into)
        {
            var span = Within(offset, into);
            if (!span.IsEmpty)
            {
                buffer.AsSpan((int)(_start + offset), span.Length).CopyTo(span);
            }

            return span.Length;
        }

        public override void MoveStreamToEnd() => stream.Position = buffer.Count;
    }

    /// <summary>Any other seekable stream: one read at a time, each after a seek.</summary>
    private sealed class SeekableBytes : DatasetBytes
    {
        private readonly Stream _stream;
        private readonly Lock _gate = new();
        private readonly long _start;
        private readonly long _length;

        public SeekableBytes(Stream stream)
        {
            _stream = stream;
            _start = stream.Position;
            _length = Math.Max(0, stream.Length - _start);
        }

        public override long Length => _length;

        public override int ReadAt(long offset, Span<byte> into)
        {
            var span = Within(offset, into);
            if (span.IsEmpty)
            {
                return 0;
            }

            lock (_gate)
            {
                _stream.Position = _start + offset;
                return _stream.Read(span);
            }
        }

        public override void MoveStreamToEnd() => _stream.Position = _start + _length;

        public override void Restore() => _stream.Position = _start;
    }

    private sealed class ChunkBytes(PooledChunkStream chunks) : DatasetBytes
    {
        public override long Length => chunks.Length;

        public override int ReadAt(long offset, Span<byte> into) => chunks.ReadAt(offset, into);

        public override void MoveStreamToEnd()
        {
        }
    }
}
