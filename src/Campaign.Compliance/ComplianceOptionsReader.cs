using System.Globalization;
using System.Text.Json;
using Campaign.Compliance.Findings;

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
            var where = e.LineNumber is { } line ? $" (line {line + 1})" : string.Empty;
            throw new ComplianceOptionsException($"{e.Path ?? "$"}: malformed JSON{where}: {e.Message}", e);
        }

        using (document)
        {
            var options = new ComplianceOptions();
            var errors = new List<string>();
            var additional = new List<string>();
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                throw new ComplianceOptionsException("$: the options file must hold a JSON object.");
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
                            errors.Add($"{path}: expected a number, got {Describe(value)}.");
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
                            default: errors.Add($"{path}: expected \"en\" or \"zh\", got {Describe(value)}."); break;
                        }

                        break;
                    case "engine":
                        switch (value.ValueKind == JsonValueKind.String ? value.GetString() : null)
                        {
                            case "indexed": options.Engine = RuleEngine.Indexed; break;
                            case "nrules": options.Engine = RuleEngine.NRules; break;
                            default: errors.Add($"{path}: expected \"indexed\" or \"nrules\", got {Describe(value)}."); break;
                        }

                        break;
                    case "severityOverrides":
                        if (value.ValueKind != JsonValueKind.Object)
                        {
                            errors.Add($"{path}: expected an object of rule id to severity, got {Describe(value)}.");
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
                                errors.Add($"{path}.{entry.Name}: expected \"low\", \"medium\" or \"high\", got {Describe(entry.Value)}.");
                            }
                        }

                        break;
                    default:
                        errors.Add($"{path}: unknown property; known properties: {string.Join(", ", Known)}.");
                        break;
                }
            }

            if (additional.Count > 0)
            {
                options.StockPhrases = [.. options.StockPhrases, .. additional];
            }

            // Range errors come after type errors, all in one exception.
            errors.AddRange(options.Errors().Select(e => "$." + e));
            if (errors.Count > 0)
            {
                throw new ComplianceOptionsException(errors);
            }

            return options;
        }
    }

    private static void Int(JsonElement value, string path, List<string> errors, Action<int> set)
    {
        if (value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var number))
        {
            set(number);
        }
        else
        {
            errors.Add($"{path}: expected a whole number, got {Describe(value)}.");
        }
    }

    private static void Date(JsonElement value, string path, List<string> errors, Action<DateOnly> set)
    {
        if (value.ValueKind == JsonValueKind.String
            && DateOnly.TryParseExact(value.GetString(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            set(date);
        }
        else
        {
            errors.Add($"{path}: expected a date yyyy-MM-dd, got {Describe(value)}.");
        }
    }

    private static void Strings(JsonElement value, string path, List<string> errors, Action<List<string>> set)
    {
        if (value.ValueKind != JsonValueKind.Array)
        {
            errors.Add($"{path}: expected an array of strings, got {Describe(value)}.");
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
                errors.Add($"{path}[{i}]: expected a string, got {Describe(item)}.");
                ok = false;
            }

            i++;
        }

        if (ok)
        {
            set(list);
        }
    }

    private static string Describe(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => "\"" + value.GetString() + "\"",
        JsonValueKind.Number => value.GetRawText(),
        JsonValueKind.True => "true",
        JsonValueKind.False => "false",
        JsonValueKind.Null => "null",
        JsonValueKind.Array => "an array",
        _ => "an object",
    };
}
