using System.Text.Json;
using System.Text.RegularExpressions;

namespace Campaign.Domain.Tests.Serialization;

/// <summary>
/// A checker for the subset of JSON Schema draft 2020-12 that the dataset schema uses (no validator package is
/// served here): local <c>$ref</c>, <c>type</c>, <c>const</c>, <c>enum</c>, <c>properties</c>, <c>required</c>,
/// <c>additionalProperties: false</c>, <c>items</c>, <c>minItems</c>, <c>minLength</c>, <c>maxLength</c> (in code
/// points), <c>pattern</c>, <c>minimum</c>, <c>maximum</c>, <c>anyOf</c>, <c>allOf</c>, <c>not</c>,
/// <c>if</c>/<c>then</c>/<c>else</c>. Any other keyword fails the check, so the schema cannot drift out of what is tested.
/// </summary>
internal sealed class JsonSchemaChecker
{
    private static readonly HashSet<string> Known =
    [
        "$schema", "$id", "$defs", "$ref", "title", "description", "examples", "format", "type", "const", "enum", "properties", "required",
        "additionalProperties", "items", "minItems", "minLength", "maxLength", "pattern", "minimum", "maximum", "anyOf", "allOf", "not",
        "if", "then", "else",
    ];

    private readonly JsonElement _root;

    public JsonSchemaChecker(JsonElement root) => _root = root;

    /// <summary>The violations of <paramref name="instance"/>, each as <c>path: keyword</c>; empty when it satisfies the schema.</summary>
    public List<string> Check(JsonElement instance)
    {
        var errors = new List<string>();
        Check(_root, instance, "$", errors);
        return errors;
    }

    private void Check(JsonElement schema, JsonElement value, string path, List<string> errors)
    {
        if (schema.ValueKind == JsonValueKind.True)
        {
            return;
        }

        foreach (var keyword in schema.EnumerateObject())
        {
            if (!Known.Contains(keyword.Name))
            {
                throw new NotSupportedException($"The checker does not know the keyword '{keyword.Name}'.");
            }
        }

        if (schema.TryGetProperty("$ref", out var reference))
        {
            var name = reference.GetString()!;
            if (!name.StartsWith("#/$defs/", StringComparison.Ordinal))
            {
                throw new NotSupportedException("Only local references are supported: " + name);
            }

            Check(_root.GetProperty("$defs").GetProperty(name["#/$defs/".Length..]), value, path, errors);
        }

        if (schema.TryGetProperty("type", out var type) && !HasType(value, type))
        {
            errors.Add(path + ": type");
            return;
        }

        if (schema.TryGetProperty("const", out var constant) && !JsonElement.DeepEquals(constant, value))
        {
            errors.Add(path + ": const");
        }

        if (schema.TryGetProperty("enum", out var options) && !options.EnumerateArray().Any(o => JsonElement.DeepEquals(o, value)))
        {
            errors.Add(path + ": enum");
        }

        if (value.ValueKind == JsonValueKind.String)
        {
            var text = value.GetString()!;
            var length = text.EnumerateRunes().Count();
            if (schema.TryGetProperty("minLength", out var min) && length < min.GetInt32())
            {
                errors.Add(path + ": minLength");
            }

            if (schema.TryGetProperty("maxLength", out var max) && length > max.GetInt32())
            {
                errors.Add(path + ": maxLength");
            }

            if (schema.TryGetProperty("pattern", out var pattern) && !Regex.IsMatch(text, pattern.GetString()!))
            {
                errors.Add(path + ": pattern");
            }
        }

        if (value.ValueKind == JsonValueKind.Number)
        {
            if (schema.TryGetProperty("minimum", out var min) && value.GetDouble() < min.GetDouble())
            {
                errors.Add(path + ": minimum");
            }

            if (schema.TryGetProperty("maximum", out var max) && value.GetDouble() > max.GetDouble())
            {
                errors.Add(path + ": maximum");
            }
        }

        if (value.ValueKind == JsonValueKind.Object)
        {
            CheckObject(schema, value, path, errors);
        }

        if (value.ValueKind == JsonValueKind.Array)
        {
            if (schema.TryGetProperty("minItems", out var minItems) && value.GetArrayLength() < minItems.GetInt32())
            {
                errors.Add(path + ": minItems");
            }

            if (schema.TryGetProperty("items", out var items))
            {
                var i = 0;
                foreach (var item in value.EnumerateArray())
                {
                    Check(items, item, $"{path}[{i++}]", errors);
                }
            }
        }

        if (schema.TryGetProperty("anyOf", out var anyOf))
        {
            CheckAnyOf(anyOf, value, path, errors);
        }

        if (schema.TryGetProperty("allOf", out var allOf))
        {
            foreach (var part in allOf.EnumerateArray())
            {
                Check(part, value, path, errors);
            }
        }

        if (schema.TryGetProperty("not", out var not) && Passes(not, value, path))
        {
            errors.Add(path + ": not");
        }

        if (schema.TryGetProperty("if", out var condition))
        {
            var branch = Passes(condition, value, path) ? "then" : "else";
            if (schema.TryGetProperty(branch, out var then))
            {
                Check(then, value, path, errors);
            }
        }
    }

    private void CheckObject(JsonElement schema, JsonElement value, string path, List<string> errors)
    {
        if (schema.TryGetProperty("required", out var required))
        {
            foreach (var name in required.EnumerateArray())
            {
                if (!value.TryGetProperty(name.GetString()!, out _))
                {
                    errors.Add($"{path}.{name.GetString()}: required");
                }
            }
        }

        var properties = schema.TryGetProperty("properties", out var p) ? p : default;
        foreach (var property in value.EnumerateObject())
        {
            if (properties.ValueKind == JsonValueKind.Object && properties.TryGetProperty(property.Name, out var propertySchema))
            {
                Check(propertySchema, property.Value, $"{path}.{property.Name}", errors);
            }
            else if (schema.TryGetProperty("additionalProperties", out var additional) && additional.ValueKind == JsonValueKind.False)
            {
                errors.Add($"{path}.{property.Name}: additionalProperties");
            }
        }
    }

    /// <summary>When no alternative passes, reports the errors of those that failed deeper than on their type (for
    /// <c>anyOf: [X, null]</c>: why the value is not a valid X), else <c>anyOf</c> itself.</summary>
    private void CheckAnyOf(JsonElement anyOf, JsonElement value, string path, List<string> errors)
    {
        var failures = new List<List<string>>();
        foreach (var alternative in anyOf.EnumerateArray())
        {
            var found = new List<string>();
            Check(alternative, value, path, found);
            if (found.Count == 0)
            {
                return;
            }

            failures.Add(found);
        }

        var deeper = failures.Where(f => !(f.Count == 1 && f[0] == path + ": type")).SelectMany(f => f).ToList();
        errors.AddRange(deeper.Count > 0 ? deeper : [path + ": anyOf"]);
    }

    private bool Passes(JsonElement schema, JsonElement value, string path)
    {
        var errors = new List<string>();
        Check(schema, value, path, errors);
        return errors.Count == 0;
    }

    private static bool HasType(JsonElement value, JsonElement type) => type.ValueKind == JsonValueKind.Array
        ? type.EnumerateArray().Any(t => HasType(value, t.GetString()!))
        : HasType(value, type.GetString()!);

    private static bool HasType(JsonElement value, string type) => type switch
    {
        "object" => value.ValueKind == JsonValueKind.Object,
        "array" => value.ValueKind == JsonValueKind.Array,
        "string" => value.ValueKind == JsonValueKind.String,
        "number" => value.ValueKind == JsonValueKind.Number,
        "integer" => value.ValueKind == JsonValueKind.Number && value.TryGetDouble(out var d) && Math.Floor(d) == d,
        "boolean" => value.ValueKind is JsonValueKind.True or JsonValueKind.False,
        "null" => value.ValueKind == JsonValueKind.Null,
        _ => throw new NotSupportedException("Unknown type " + type),
    };
}
