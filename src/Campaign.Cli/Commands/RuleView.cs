using System.Text;
using System.Text.Json;
using Campaign.Cli.Messages;
using Campaign.Compliance;
using Campaign.Compliance.Catalog;
using Campaign.Compliance.Findings;

namespace Campaign.Cli.Commands;

/// <summary>One rule as <c>campaign rules</c> shows it: its declaration, its effective severity and state under the options, and its options.</summary>
internal sealed class RuleView
{
    private readonly ComplianceOptions _options;
    private readonly ReportLanguage _language;
    private readonly CliText _text;

    public RuleView(ComplianceRuleDescriptor rule, ComplianceOptions options, ReportLanguage language, CliText text)
    {
        Rule = rule;
        _options = options;
        _language = language;
        _text = text;
        EffectiveSeverity = options.SeverityOverrides.TryGetValue(rule.Id, out var overridden) ? overridden : rule.DefaultSeverity;
        IsUserRule = !ComplianceRuleCatalog.Shipped.Contains(rule.Id);
    }

    public ComplianceRuleDescriptor Rule { get; }

    public FindingSeverity EffectiveSeverity { get; }

    public bool IsUserRule { get; }

    public bool Enabled => !_options.DisabledRules.Contains(Rule.Id);

    public string Title => Rule.Title(_language);

    public string Family => ComplianceTerms.Name(Rule.Family, _language);

    public string Severity => ComplianceTerms.Name(EffectiveSeverity, _language);

    public string Scope => ComplianceTerms.Name(Rule.Scope, _language);

    private IReadOnlyList<RuleOptionValues.RuleOption> Options => RuleOptionValues.Of(Rule.Id);

    /// <summary>The rule in full, one "label: value" line each, for a terminal or a pipe.</summary>
    public string Text()
    {
        var lines = Lines();
        var colon = _text.Colon.TrimEnd();
        var width = lines.Max(l => Width(l.Label + colon)) + 1;
        var text = new StringBuilder();
        text.Append(Rule.Id).Append("  ").Append(Title).Append('\n');
        foreach (var (label, value) in lines)
        {
            text.Append("  ").Append(Pad(label + colon, width)).Append(value).Append('\n');
        }

        return text.ToString();
    }

    /// <summary>The rule in full as Markdown: a heading and a list.</summary>
    public string Markdown()
    {
        var text = new StringBuilder();
        text.Append("## ").Append(Rule.Id).Append(' ').Append(Title).Append("\n\n");
        foreach (var (label, value) in Lines())
        {
            text.Append("- **").Append(label).Append("**").Append(_text.Colon).Append(value).Append('\n');
        }

        return text.ToString();
    }

    /// <summary>The rule as a JSON object: the wire names of family, severities and scope (as in the report), texts in the language.</summary>
    public void WriteJson(Utf8JsonWriter json)
    {
        json.WriteStartObject();
        json.WriteString("id", Rule.Id);
        json.WriteString("name", Rule.Name);
        json.WriteString("title", Title);
        json.WriteString("family", ComplianceTerms.Name(Rule.Family, ReportLanguage.En));
        json.WriteString("defaultSeverity", ComplianceTerms.Name(Rule.DefaultSeverity, ReportLanguage.En));
        json.WriteString("severity", ComplianceTerms.Name(EffectiveSeverity, ReportLanguage.En));
        json.WriteString("scope", ComplianceTerms.Name(Rule.Scope, ReportLanguage.En));
        json.WriteBoolean("enabled", Enabled);
        json.WriteBoolean("userRule", IsUserRule);
        json.WriteString("message", Rule.MessageTemplate(_language));
        json.WriteString("source", Rule.Source(_language));
        json.WriteStartObject("options");
        foreach (var option in Options)
        {
            json.WritePropertyName(option.Name);
            JsonSerializer.Serialize(json, option.Value(_options));
        }

        json.WriteEndObject();
        json.WriteEndObject();
    }

    /// <summary>A Markdown table cell: pipes escaped, line breaks as spaces.</summary>
    public static string Cell(string text) => text.Replace("|", "\\|", StringComparison.Ordinal).Replace('\n', ' ');

    /// <summary>The width of a text on a terminal: East Asian wide characters (CJK, full-width forms) take two columns.</summary>
    public static int Width(string text)
    {
        var width = 0;
        foreach (var c in text)
        {
            width += c is >= '\u1100' and <= '\u115F' or >= '\u2E80' and <= '\uA4CF' or >= '\uAC00' and <= '\uD7A3' or >= '\uF900' and <= '\uFAFF' or >= '\uFE30' and <= '\uFE4F' or >= '\uFF00' and <= '\uFF60' or >= '\uFFE0' and <= '\uFFE6'
                ? 2
                : 1;
        }

        return width;
    }

    /// <summary>The text followed by spaces up to <paramref name="width"/> columns.</summary>
    public static string Pad(string text, int width) => text + new string(' ', Math.Max(1, width - Width(text)));

    private List<(string Label, string Value)> Lines()
    {
        var severity = EffectiveSeverity == Rule.DefaultSeverity
            ? Severity
            : _text.SeverityWithDefault(Severity, ComplianceTerms.Name(Rule.DefaultSeverity, _language));
        var lines = new List<(string, string)>
        {
            (_text.LabelName, IsUserRule ? Rule.Name + _text.ClauseSeparator + _text.UserRule : Rule.Name),
            (_text.ColumnFamily, Family),
            (_text.ColumnSeverity, severity),
            (_text.ColumnScope, Scope),
            (_text.LabelEnabled, Enabled ? _text.Yes : _text.NoDisabled),
            (_text.LabelFlags, Rule.MessageTemplate(_language)),
            (_text.LabelSource, Rule.Source(_language)),
        };
        lines.Add((_text.LabelOptions, Options.Count == 0
            ? _text.NoOptions
            : string.Join(_text.ClauseSeparator, Options.Select(o => o.Name + " = " + o.Text(_options, _text)))));
        return lines;
    }
}
