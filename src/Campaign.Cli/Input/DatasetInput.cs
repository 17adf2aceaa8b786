using Campaign.Cli.Messages;
using Campaign.Cli.Output;
using Campaign.Domain.Campaigns;
using Campaign.Domain.Focus;
using Campaign.Domain.Serialization;

namespace Campaign.Cli.Input;

/// <summary>Reads the dataset a command names: a file, standard input (<c>-</c>) or the embedded sample (no PATH).</summary>
internal static class DatasetInput
{
    /// <summary>Reads and validates the dataset.</summary>
    /// <param name="path">The PATH argument: a file, <c>-</c> for standard input, or null for the embedded sample.</param>
    /// <param name="console">The run's console (standard input, progress).</param>
    /// <param name="catalog">The focus catalog that validates <c>focusId</c> and <c>focusLists</c>.</param>
    /// <param name="progress">The progress line.</param>
    /// <returns>The dataset and the name to show for it.</returns>
    /// <exception cref="CliInputException">The file cannot be read, or the dataset is invalid (every error listed).</exception>
    public static (CampaignDataset Dataset, string Name) Read(string? path, CliConsole console, FocusCatalog catalog, ProgressLine progress)
    {
        var text = console.Text;
        var name = path switch
        {
            null => text.SampleName,
            "-" => text.StandardInputName,
            _ => path,
        };

        try
        {
            var stream = Open(path, console, out var length);

            // Standard input belongs to the caller: it is read, never closed here.
            using var owned = ReferenceEquals(stream, console.Input) ? null : stream;
            progress.Stage(text.Reading(name), length);
            var options = new DatasetReadOptions(catalog, progress);
            var dataset = path is not null && IsWorkbook(path, stream)
                ? CampaignDatasetReader.ReadWorkbook(stream, options)
                : CampaignDatasetReader.Read(stream, options);
            progress.Done();
            return (dataset, name);
        }
        catch (DatasetValidationException e)
        {
            progress.Done();
            throw Invalid(name, e, text);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            progress.Done();
            throw new CliInputException(text.NoSuchFile(name), e);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            progress.Done();
            throw new CliInputException(text.CannotRead(name, text.SystemReason(e)), e);
        }
    }

    /// <summary>The exit-2 error for an invalid dataset: a headline, then one line per error with its JSON path and line.</summary>
    public static CliInputException Invalid(string name, DatasetValidationException e, CliText text)
    {
        var lines = new List<string>(e.Errors.Count);
        foreach (var error in e.Errors)
        {
            lines.Add(InputErrorText.Format(error, text));
        }

        return new CliInputException(text.DatasetInvalid(name, e.ErrorCount, e.Errors.Count), lines, e);
    }

    /// <summary>A ledger workbook: named <c>.xlsx</c>, or a file that starts as a zip archive does (a workbook saved under another name).</summary>
    private static bool IsWorkbook(string path, Stream stream)
    {
        if (CampaignDatasetReader.IsWorkbookPath(path))
        {
            return true;
        }

        if (!stream.CanSeek)
        {
            return false;
        }

        Span<byte> magic = stackalloc byte[4];
        var read = stream.ReadAtLeast(magic, 4, throwOnEndOfStream: false);
        stream.Position = 0;
        return read == 4 && magic.SequenceEqual("PK\u0003\u0004"u8);
    }

    private static Stream Open(string? path, CliConsole console, out long length)
    {
        length = 0;
        if (path is null)
        {
            return SampleDataset.Open();
        }

        if (path == "-")
        {
            return console.Input;
        }

        if (path.StartsWith('-') && !File.Exists(path))
        {
            // An unknown option lands in the PATH argument; say what it most likely is.
            throw new CliInputException(console.Text.UnknownOption(path));
        }

        if (Directory.Exists(path))
        {
            throw new CliInputException(console.Text.IsAFolder(path));
        }

        var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 64 * 1024);
        length = file.Length;
        return file;
    }
}
