using System.Globalization;
using System.Text.Json;
using Campaign.Domain.Input;
using Campaign.Domain.Units;

namespace Campaign.Domain.Focus;

/// <summary>Reads the <c>focus-catalog/1</c> JSON shape, collecting every error with its JSON path.</summary>
/// <remarks>
/// Shape: <c>{ "format": "focus-catalog/1", "lists": [ { "code": "C", "entries": [ { "id": "FP.C.CTY.01",
/// "unitKinds": ["countyLeadership"], "zh": "…", "en": "…" } ] } ] }</c>; <c>"unitKinds": ["*"]</c> means every
/// kind. Unknown properties are errors.
/// </remarks>
internal static class FocusCatalogReader
{
    public const string Format = "focus-catalog/1";

    private static readonly Dictionary<string, UnitKind> KindsByName = Enum.GetValues<UnitKind>()
        .ToDictionary(k => JsonNamingPolicy.CamelCase.ConvertName(k.ToString()), StringComparer.Ordinal);

    public static List<FocusProblem> Read(Stream utf8Json)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(utf8Json, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = false });
        }
        catch (JsonException e)
        {
            int? line = e.LineNumber is { } zeroBased ? (int)zeroBased + 1 : null;
            int? position = line is null ? null : (int)(e.BytePositionInLine ?? 0) + 1;
            string[] where = line is { } l
                ? [l.ToString(CultureInfo.InvariantCulture), position!.Value.ToString(CultureInfo.InvariantCulture)]
                : [];
            throw new FocusCatalogException([new InputError(e.Path ?? "$", line, position, InputErrorCode.CatalogMalformedJson, where)], e);
        }

        using (document)
        {
            var errors = new List<InputError>();
            var problems = ReadRoot(document.RootElement, errors);
            if (errors.Count > 0)
            {
                throw new FocusCatalogException(errors);
            }

            return problems;
        }
    }

    private static List<FocusProblem> ReadRoot(JsonElement root, List<InputError> errors)
    {
        var problems = new List<FocusProblem>();
        if (root.ValueKind != JsonValueKind.Object)
        {
            errors.Add(new("$", InputErrorCode.CatalogExpectedObject));
            return problems;
        }

        RejectUnknown(root, "$", errors, "format", "lists");
        if (!root.TryGetProperty("format", out var format))
        {
            errors.Add(new("$.format", InputErrorCode.CatalogMissingFormat, Format));
        }
        else if (format.ValueKind != JsonValueKind.String || format.GetString() != Format)
        {
            errors.Add(new("$.format", InputErrorCode.CatalogWrongFormat, Format, format.GetRawText()));
        }

        if (!root.TryGetProperty("lists", out var lists))
        {
            errors.Add(new("$.lists", InputErrorCode.CatalogMissingProperty));
            return problems;
        }

        if (lists.ValueKind != JsonValueKind.Array)
        {
            errors.Add(new("$.lists", InputErrorCode.CatalogExpectedArray));
            return problems;
        }

        var codes = new HashSet<string>(StringComparer.Ordinal);
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var index = 0;
        foreach (var list in lists.EnumerateArray())
        {
            ReadList(list, $"$.lists[{index}]", codes, ids, problems, errors);
            index++;
        }

        return problems;
    }

    private static void ReadList(JsonElement list, string path, HashSet<string> codes, HashSet<string> ids, List<FocusProblem> problems, List<InputError> errors)
    {
        if (list.ValueKind != JsonValueKind.Object)
        {
            errors.Add(new(path, InputErrorCode.CatalogExpectedObject));
            return;
        }

        RejectUnknown(list, path, errors, "code", "entries");
        var code = RequiredString(list, "code", path, errors);
        if (code is not null && !codes.Add(code))
        {
            errors.Add(new(path + ".code", InputErrorCode.CatalogDuplicateListCode, code));
        }

        if (!list.TryGetProperty("entries", out var entries))
        {
            errors.Add(new(path + ".entries", InputErrorCode.CatalogMissingProperty));
            return;
        }

        if (entries.ValueKind != JsonValueKind.Array)
        {
            errors.Add(new(path + ".entries", InputErrorCode.CatalogExpectedArray));
            return;
        }

        var index = 0;
        foreach (var entry in entries.EnumerateArray())
        {
            var entryPath = $"{path}.entries[{index}]";
            var problem = ReadEntry(entry, entryPath, code, ids, errors);
            if (problem is not null)
            {
                problems.Add(problem);
            }

            index++;
        }
    }

    private static FocusProblem? ReadEntry(JsonElement entry, string path, string? code, HashSet<string> ids, List<InputError> errors)
    {
        if (entry.ValueKind != JsonValueKind.Object)
        {
            errors.Add(new(path, InputErrorCode.CatalogExpectedObject));
            return null;
        }

        var before = errors.Count;
        RejectUnknown(entry, path, errors, "id", "unitKinds", "zh", "en");
        var id = RequiredString(entry, "id", path, errors);
        if (id is not null && !ids.Add(id))
        {
            errors.Add(new(path + ".id", InputErrorCode.CatalogDuplicateId, id));
        }

        var zh = RequiredString(entry, "zh", path, errors);
        var en = RequiredString(entry, "en", path, errors);
        var kinds = new List<UnitKind>();
        var everyKind = false;
        if (!entry.TryGetProperty("unitKinds", out var unitKinds))
        {
            errors.Add(new(path + ".unitKinds", InputErrorCode.CatalogMissingProperty));
        }
        else if (unitKinds.ValueKind != JsonValueKind.Array || unitKinds.GetArrayLength() == 0)
        {
            errors.Add(new(path + ".unitKinds", InputErrorCode.CatalogExpectedUnitKinds));
        }
        else
        {
            var index = 0;
            foreach (var kind in unitKinds.EnumerateArray())
            {
                var kindPath = $"{path}.unitKinds[{index}]";
                var name = kind.ValueKind == JsonValueKind.String ? kind.GetString() : null;
                if (name == "*")
                {
                    everyKind = true;
                }
                else if (name is not null && KindsByName.TryGetValue(name, out var parsed))
                {
                    kinds.Add(parsed);
                }
                else
                {
                    errors.Add(new(kindPath, InputErrorCode.CatalogUnknownUnitKind, kind.GetRawText(), string.Join(", ", KindsByName.Keys)));
                }

                index++;
            }

            if (everyKind && unitKinds.GetArrayLength() > 1)
            {
                errors.Add(new(path + ".unitKinds", InputErrorCode.CatalogEveryKindAlone));
            }
        }

        if (id is not null && IsEveryKindId(id) && !everyKind)
        {
            errors.Add(new(path + ".unitKinds", InputErrorCode.CatalogEveryKindIdMismatch, id));
        }

        if (errors.Count > before || id is null || zh is null || en is null || code is null)
        {
            return null;
        }

        return everyKind ? FocusProblem.ForEveryKind(id, code, zh, en) : new FocusProblem(id, code, kinds, zh, en);
    }

    private static bool IsEveryKindId(string id)
    {
        var parts = id.Split('.');
        return parts.Length >= 4 && parts[2] == "ALL";
    }

    private static string? RequiredString(JsonElement element, string name, string path, List<InputError> errors)
    {
        if (!element.TryGetProperty(name, out var value))
        {
            errors.Add(new($"{path}.{name}", InputErrorCode.CatalogMissingProperty));
            return null;
        }

        if (value.ValueKind != JsonValueKind.String || string.IsNullOrWhiteSpace(value.GetString()))
        {
            errors.Add(new($"{path}.{name}", InputErrorCode.CatalogExpectedString, value.GetRawText()));
            return null;
        }

        return value.GetString();
    }

    private static void RejectUnknown(JsonElement element, string path, List<InputError> errors, params string[] known)
    {
        foreach (var property in element.EnumerateObject())
        {
            if (Array.IndexOf(known, property.Name) < 0)
            {
                errors.Add(new($"{path}.{property.Name}", InputErrorCode.CatalogUnknownProperty, string.Join(", ", known)));
            }
        }
    }
}
