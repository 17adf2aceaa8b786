using Campaign.Cli.Messages;
using Campaign.Compliance.Catalog;
using Campaign.Compliance.Findings;
using Campaign.Domain.Campaigns;

namespace Campaign.Cli.Input;

/// <summary>Turns <c>--unit</c>, <c>--severity</c> and <c>--rule</c> into a <see cref="FindingFilter"/>, refusing what names nothing.</summary>
internal static class NarrowingInput
{
    /// <summary>The rule ids and families <c>--rule</c> names: ids in any case, family names in English or Chinese.</summary>
    /// <exception cref="CliInputException">A value is neither a rule id of <paramref name="catalog"/> nor a family (near ids listed).</exception>
    public static (IReadOnlyList<string> RuleIds, IReadOnlyList<RuleFamily> Families) Rules(IEnumerable<string> values, ComplianceRuleCatalog catalog, CliText text)
    {
        var ids = new List<string>();
        var families = new List<RuleFamily>();
        foreach (var token in values.SelectMany(v => CampaignCommandLine.SplitList(v)))
        {
            if (catalog.Rules.FirstOrDefault(r => string.Equals(r.Id, token, StringComparison.OrdinalIgnoreCase)) is { } rule)
            {
                ids.Add(rule.Id);
            }
            else if (Family(token) is { } family)
            {
                families.Add(family);
            }
            else
            {
                throw new CliInputException(text.UnknownRuleOrFamily(
                    token,
                    Near(token, catalog.Rules.Select(r => r.Id).Concat(Enum.GetValues<RuleFamily>().Select(f => ComplianceTerms.Name(f, ReportLanguage.En)))),
                    Enum.GetValues<RuleFamily>().Select(f => ComplianceTerms.Name(f, text.Language))));
            }
        }

        return (ids, families);
    }

    /// <summary>The unit <c>--unit</c> names: its id, or else its exact name when only one unit has it.</summary>
    /// <exception cref="CliInputException">No unit has this id or name (near ids listed).</exception>
    public static string Unit(string value, CampaignDataset dataset, CliText text)
    {
        if (dataset.FindUnit(value) is { } unit)
        {
            return unit.Id;
        }

        var named = dataset.Units.Where(u => string.Equals(u.Name, value, StringComparison.Ordinal)).Take(2).ToArray();
        if (named.Length == 1)
        {
            return named[0].Id;
        }

        throw new CliInputException(text.UnknownUnit(value, Near(value, dataset.Units.Select(u => u.Id))));
    }

    /// <summary>The severity of a <c>--severity</c> or <c>--fail-on</c> value (already one of low, medium, high).</summary>
    public static FindingSeverity? Severity(string? value) => value switch
    {
        "low" => FindingSeverity.Low,
        "medium" => FindingSeverity.Medium,
        "high" => FindingSeverity.High,
        _ => null,
    };

    /// <summary>What a narrowed report shows, in words: "unit U-WD and the 16 below it; severity high and above; rules OVD-001".</summary>
    public static string Describe(FindingFilter filter, int units, CliText text)
    {
        var parts = new List<string>();
        if (filter.UnitId is { } unitId)
        {
            parts.Add(text.NarrowUnit(unitId, units));
        }

        if (filter.MinimumSeverity is { } severity)
        {
            parts.Add(text.NarrowSeverity(severity));
        }

        if (filter.RuleIds.Count > 0 || filter.Families.Count > 0)
        {
            parts.Add(text.NarrowRules(filter.RuleIds.Concat(filter.Families.Select(f => ComplianceTerms.Name(f, text.Language)))));
        }

        return string.Join(text.ClauseSeparator, parts);
    }

    /// <summary>Up to five candidates closest to <paramref name="token"/> (edit distance, case-insensitive), the closest first.</summary>
    public static IReadOnlyList<string> Near(string token, IEnumerable<string> candidates)
    {
        var wanted = token.ToUpperInvariant();
        var limit = Math.Max(2, wanted.Length / 3);
        return candidates
            .Select(c => (Id: c, Distance: Distance(wanted, c.ToUpperInvariant())))
            .Where(c => c.Distance <= limit || c.Id.StartsWith(token, StringComparison.OrdinalIgnoreCase))
            .OrderBy(c => c.Distance)
            .ThenBy(c => c.Id, StringComparer.Ordinal)
            .Take(5)
            .Select(c => c.Id)
            .ToArray();
    }

    private static RuleFamily? Family(string token)
    {
        foreach (var family in Enum.GetValues<RuleFamily>())
        {
            if (string.Equals(token, ComplianceTerms.Name(family, ReportLanguage.En), StringComparison.OrdinalIgnoreCase)
                || string.Equals(token, ComplianceTerms.Name(family, ReportLanguage.Zh), StringComparison.Ordinal))
            {
                return family;
            }
        }

        return null;
    }

    private static int Distance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}
