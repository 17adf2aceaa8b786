namespace Campaign.Rules.Tests.Differential;

/// <summary>
/// One full match of a rule as the brute-force matcher sees it: its identity (rule, bound facts, group key), its
/// content (identity plus the elements of an aggregate), the facts bound by Match patterns and the aggregated elements.
/// </summary>
internal sealed record OracleMatch(string Key, string Content, IReadOnlyCollection<object> Bound, IReadOnlyCollection<object> Elements);
