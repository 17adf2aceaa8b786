using Campaign.Cli.Messages;
using Campaign.Compliance.Findings;
using Campaign.Domain.Input;

namespace Campaign.Cli.Input;

/// <summary>
/// Every input error the tool shows (dataset, focus catalog, options file, user rule classes) goes through here, so
/// each gets the same shape and the run's language: <c>$.path (line N, position P): message</c>, or for a workbook
/// <c>sheet!D17 ($.path): message</c>.
/// </summary>
internal static class InputErrorText
{
    /// <summary>One error as the tool prints it: the place, then the library's message in the run's language.</summary>
    public static string Format(InputError error, CliText text)
    {
        if (error.Cell is { } cell)
        {
            // A workbook's error: the cell a clerk can go to first, the field's path after it.
            var path = text.Language == ReportLanguage.Zh ? "（" + error.Path + "）" : " (" + error.Path + ")";
            return cell + path + text.Colon + error.GetMessage(text.Culture);
        }

        return error.Path + text.Location(error.Line, error.Position) + text.Colon + error.GetMessage(text.Culture);
    }

    /// <summary>Every error, one a line, in the run's language.</summary>
    public static IReadOnlyList<string> Lines(IEnumerable<InputError> errors, CliText text) =>
        errors.Select(error => Format(error, text)).ToArray();
}
