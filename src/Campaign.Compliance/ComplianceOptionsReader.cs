using System.Globalization;
using System.Text.Json;
using Campaign.Compliance.Findings;
using Campaign.Domain.Input;

namespace Campaign.Compliance;

/// <summary>Reads the JSON options file (<c>--options FILE</c>): camelCase names, every property optional, unknown ones refused.</summary>
internal static class ComplianceOptionsReader
{
    private static readonly string[] Known =
    [
        "immediateWindowDays", "teamStaffedDeadline", "consolidationDeadline", "claimWindowDays", "planWindowDays",
        "satisfactionTarget", "reportBackWindowDays", "minConcreteChars", "stockPhrases", "additionalStockPhrases",
        "boilerplateMinOwners", "atRiskThreshold", "minEducationMonths", "severityOverrides", "disabledRules",
        "focusLists", "language", "maxDegreeOfParallelism", "engine",
    ];

    public static ComplianceOptions Read(Stream json)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, new JsonDocumentOptions { AllowTrailingCommas = false, CommentHandling = JsonCommentHandling.Skip });
        }
        catch (JsonException e)
        {
            // The parser's own wording stays in the inner exception: the user gets the place and a hint in their language.
            int? line = e.LineNumber is { } zeroBased ? (int)zeroBased + 1 : null;
            int? position = line is null ? null : (int)(e.BytePositionInLine ?? 0) + 1;
            throw new ComplianceOptionsException([new InputError(e.Path ?? "$", line, position, InputErrorCode.OptionsMalformedJson)], e);
        }

        using (document)
        {
            var options = new ComplianceOptions();
            var errors = new List<InputError>();
            var additional = new List<string>();
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                throw new ComplianceOptionsException([Error("$", InputErrorCode.OptionsNotAnObject)]);
            }

            foreach (var property in root.EnumerateObject())
            {
                var path = "$." + property.Name;
                var value = property.Value;
                if (value.ValueKind == JsonValueKind.Null && Array.IndexOf(Known, property.Name) >= 0)
                {
                    continue;
                }

                switch (property.Name)
                {
                    case "immediateWindowDays": Int(value, path, errors, v => options.ImmediateWindowDays = v); break;
                    case "claimWindowDays": Int(value, path, errors, v => options.ClaimWindowDays = v); break;
                    case "planWindowDays": Int(value, path, errors, v => options.PlanWindowDays = v); break;
                    case "reportBackWindowDays": Int(value, path, errors, v => options.ReportBackWindowDays = v); break;
                    case "minConcreteChars": Int(value, path, errors, v => options.MinConcreteChars = v); break;
                    case "boilerplateMinOwners": Int(value, path, errors, v => options.BoilerplateMinOwners = v); break;
                    case "atRiskThreshold": Int(value, path, errors, v => options.AtRiskThreshold = v); break;
                    case "minEducationMonths": Int(value, path, errors, v => options.MinEducationMonths = v); break;
                    case "maxDegreeOfParallelism": Int(value, path, errors, v => options.MaxDegreeOfParallelism = v); break;
                    case "teamStaffedDeadline": Date(value, path, errors, v => options.TeamStaffedDeadline = v); break;
                    case "consolidationDeadline": Date(value, path, errors, v => options.ConsolidationDeadline = v); break;
                    case "satisfactionTarget":
                        if (value.ValueKind == JsonValueKind.Number && value.TryGetDouble(out var rate))
                        {
                            options.SatisfactionTarget = rate;
                        }
                        else
                        {
                            errors.Add(Error(path, InputErrorCode.OptionExpectedNumber, Describe(value)));
                        }

                        break;
                    case "stockPhrases": Strings(value, path, errors, v => options.StockPhrases = v); break;
                    case "additionalStockPhrases": Strings(value, path, errors, additional.AddRange); break;
                    case "disabledRules": Strings(value, path, errors, v => options.DisabledRules = new HashSet<string>(v, StringComparer.Ordinal)); break;
                    case "focusLists": Strings(value, path, errors, v => options.FocusLists = v); break;
                    case "language":
                        switch (value.ValueKind == JsonValueKind.String ? value.GetString() : null)
                        {
                            case "en": options.Language = ReportLanguage.En; break;
                            case "zh": options.Language = ReportLanguage.Zh; break;
                            default: errors.Add(Error(path, InputErrorCode.OptionNotAllowedValue, Describe(value), "en, zh")); break;
                        }

                        break;
                    case "engine":
                        switch (value.ValueKind == JsonValueKind.String ? value.GetString() : null)
                        {
                            case "indexed": options.Engine = RuleEngine.Indexed; break;
                            case "nrules": options.Engine = RuleEngine.NRules; break;
                            default: errors.Add(Error(path, InputErrorCode.OptionNotAllowedValue, Describe(value), "indexed, nrules")); break;
                        }

                        break;
                    case "severityOverrides":
                        if (value.ValueKind != JsonValueKind.Object)
                        {
                            errors.Add(Error(path, InputErrorCode.OptionExpectedSeverityMap, Describe(value)));
                            break;
                        }

                        foreach (var entry in value.EnumerateObject())
                        {
                            FindingSeverity? severity = (entry.Value.ValueKind == JsonValueKind.String ? entry.Value.GetString() : null) switch
                            {
                                "low" => FindingSeverity.Low,
                                "medium" => FindingSeverity.Medium,
                                "high" => FindingSeverity.High,
                                _ => null,
                            };
                            if (severity is { } s)
                            {
                                options.SeverityOverrides[entry.Name] = s;
                            }
                            else
                            {
                                errors.Add(Error($"{path}.{entry.Name}", InputErrorCode.OptionNotAllowedValue, Describe(entry.Value), "low, medium, high"));
                            }
                        }

                        break;
                    default:
                        errors.Add(Error(path, InputErrorCode.OptionUnknown, property.Name, string.Join(", ", Known)));
                        break;
                }
            }

            if (additional.Count > 0)
            {
                options.StockPhrases = [.. options.StockPhrases, .. additional];
            }

            // Range errors come after type errors, all in one exception.
            errors.AddRange(options.Errors("$."));
            if (errors.Count > 0)
            {
                throw new ComplianceOptionsException(errors);
            }

            return options;
        }
    }

    private static void Int(JsonElement value, string path, List<InputError> errors, Action<int> set)
    {
        if (value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var number))
        {
            set(number);
        }
        else
        {
            errors.Add(Error(path, InputErrorCode.OptionExpectedInteger, Describe(value)));
        }
    }

    private static void Date(JsonElement value, string path, List<InputError> errors, Action<DateOnly> set)
    {
        if (value.ValueKind == JsonValueKind.String
            && DateOnly.TryParseExact(value.GetString(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            set(date);
        }
        else
        {
            errors.Add(Error(path, InputErrorCode.OptionExpectedDate, Describe(value)));
        }
    }

    private static void Strings(JsonElement value, string path, List<InputError> errors, Action<List<string>> set)
    {
        if (value.ValueKind != JsonValueKind.Array)
        {
            errors.Add(Error(path, InputErrorCode.OptionExpectedStringArray, Describe(value)));
            return;
        }

        var list = new List<string>();
        var ok = true;
        var i = 0;
        foreach (var item in value.EnumerateArray())
        {
            if (item.ValueKind == JsonValueKind.String)
            {
                list.Add(item.GetString()!);
            }
            else
            {
                errors.Add(Error(path + "[" + i.ToString(CultureInfo.InvariantCulture) + "]", InputErrorCode.OptionExpectedString, Describe(item)));
                ok = false;
            }

            i++;
        }

        if (ok)
        {
            set(list);
        }
    }

    private static InputError Error(string path, InputErrorCode code, params string[] arguments) => new(path, null, null, code, arguments);

    /// <summary>The value as the error names it: as written for a string, number or literal; <c>array</c> or <c>object</c> otherwise
    /// (the message puts those words in its language).</summary>
    private static string Describe(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => "\"" + value.GetString() + "\"",
        JsonValueKind.Number => value.GetRawText(),
        JsonValueKind.True => "true",
        JsonValueKind.False => "false",
        JsonValueKind.Null => "null",
        JsonValueKind.Array => "array",
        _ => "object",
    };
}
