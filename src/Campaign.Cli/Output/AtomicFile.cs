using System.Text;
using Campaign.Cli.Messages;

namespace Campaign.Cli.Output;

/// <summary>
/// Writes a file so that a failure never leaves it half-written: the content goes to a temporary file in
/// the same folder (same volume, so the final move is a rename), which then replaces the target.
/// </summary>
internal static class AtomicFile
{
    /// <summary>UTF-8 without a byte order mark.</summary>
    public static readonly Encoding Utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);

    /// <summary>Writes <paramref name="path"/> through <paramref name="write"/>, atomically.</summary>
    /// <exception cref="CliInputException">The folder does not exist or the file cannot be written (said in <paramref name="text"/>'s language).</exception>
    public static void Write(string path, Action<Stream> write, CliText text)
    {
        var full = Path.GetFullPath(path);
        var folder = Path.GetDirectoryName(full) ?? Directory.GetCurrentDirectory();
        if (!Directory.Exists(folder))
        {
            throw new CliInputException(text.CannotWrite(path, text.FolderMissing(folder)));
        }

        if (Directory.Exists(full))
        {
            throw new CliInputException(text.CannotWrite(path, text.OutputIsAFolder));
        }

        var temporary = Path.Combine(folder, "." + Path.GetFileName(full) + "." + Guid.NewGuid().ToString("N")[..8] + ".tmp");
        try
        {
            using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, 64 * 1024))
            {
                write(stream);
                stream.Flush(flushToDisk: true);
            }

            File.Move(temporary, full, overwrite: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new CliInputException(text.CannotWrite(path, text.SystemReason(e)), e);
        }
        finally
        {
            if (File.Exists(temporary))
            {
                File.Delete(temporary);
            }
        }
    }

    /// <summary>Writes text (UTF-8, no byte order mark) to <paramref name="path"/>, atomically.</summary>
    public static void WriteText(string path, Action<TextWriter> write, CliText text) =>
        Write(path, stream =>
        {
            using var writer = new StreamWriter(stream, Utf8, 64 * 1024, leaveOpen: true) { NewLine = "\n" };
            write(writer);
            writer.Flush();
        },
        text);
}
