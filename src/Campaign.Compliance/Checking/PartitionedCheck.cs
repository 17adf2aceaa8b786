using System.Runtime.ExceptionServices;
using Campaign.Compliance.Catalog;
using Campaign.Compliance.Facts;
using Campaign.Compliance.Findings;
using Campaign.Domain.Campaigns;

namespace Campaign.Compliance.Checking;

/// <summary>
/// A check split over the connected components of the dataset (<see cref="ComponentPartitioner"/>): every part
/// runs in its own engine session with the shipped rules except SUP-006 and ESC-001, the parts in parallel; then
/// SUP-006 runs in one session over the problems of every part whose normalized text is shared by enough
/// problems to matter, and ESC-001 in one session over the units and every finding. Each finding is made
/// exactly once, by the same rule over the same facts, so after the report's sort the result equals the single
/// session's. Only for the shipped rules: user rules may join anything, so a checker with user rules never
/// splits. Thread-safe (the compiled rules are shared; sessions are per call).
/// </summary>
internal sealed class PartitionedCheck
{
    private readonly CompiledRules _local;
    private readonly CompiledRules? _boilerplate;
    private readonly CompiledRules? _escalation;
    private readonly int _boilerplateMinOwners;

    /// <summary>Compiles the three rule sets from <paramref name="options"/> (validated, without user rules).</summary>
    public PartitionedCheck(ComplianceOptions options)
    {
        _local = new CompiledRules(Without(options, [RuleIds.BoilerplateProblem, RuleIds.UnitAtRisk]), null);
        if (!options.DisabledRules.Contains(RuleIds.BoilerplateProblem))
        {
            _boilerplate = new CompiledRules(Only(options, RuleIds.BoilerplateProblem), null);
        }

        if (!options.DisabledRules.Contains(RuleIds.UnitAtRisk))
        {
            _escalation = new CompiledRules(Only(options, RuleIds.UnitAtRisk), null);
        }

        _boilerplateMinOwners = options.BoilerplateMinOwners;
    }

    /// <summary>
    /// Checks <paramref name="dataset"/> in at most <paramref name="partCount"/> parts, <paramref name="degree"/> at
    /// a time. <see langword="null"/> when the dataset cannot be split (a dangling reference the single session
    /// reports).
    /// </summary>
    public (List<Finding> Findings, List<RuleFailure> Failures)? Run(CampaignDataset dataset, DateOnly asOf, int partCount, int degree)
    {
        var partitioner = ComponentPartitioner.Of(dataset);
        if (partitioner is null)
        {
            return null;
        }

        var parts = partitioner.SplitRecords(partCount);
        var results = new PartResult[parts.Count];
        var keepTexts = _boilerplate is not null;
        try
        {
            Parallel.For(0, parts.Count, new ParallelOptions { MaxDegreeOfParallelism = degree }, i =>
            {
                var session = new ComplianceSession(_local, parts[i].ToRecords(dataset), asOf);
                session.Fire();
                var partFindings = session.Findings();

                // Sorted here, on the parts' threads: the report then only merges.
                partFindings.Sort(FindingOrder.Instance);
                results[i] = new PartResult(partFindings, [.. session.Failures], keepTexts ? session.TextProfiles() : []);

                // The part's records stay in the caller's dataset; drop the part so its session can be collected.
                parts[i] = null!;
            });
        }
        catch (AggregateException e) when (e.InnerExceptions.Count == 1)
        {
            ExceptionDispatchInfo.Throw(e.InnerExceptions[0]);
        }

        var sortedLists = new List<List<Finding>>(results.Length + 2);
        var failures = new FailureList();
        foreach (var result in results)
        {
            sortedLists.Add(result.Findings);
            failures.AddRange(result.Failures);
        }

        if (_boilerplate is not null)
        {
            var session = new ComplianceSession(_boilerplate, dataset, asOf, BoilerplateFacts(results));
            session.Fire();
            var boilerplate = session.Findings();
            boilerplate.Sort(FindingOrder.Instance);
            sortedLists.Add(boilerplate);
            failures.AddRange(session.Failures);
        }

        if (_escalation is not null)
        {
            var facts = new List<object>(dataset.Units.Count + results.Sum(r => r.Findings.Count) + 1024);
            foreach (var unit in dataset.Units)
            {
                facts.Add(unit);
            }

            foreach (var list in sortedLists)
            {
                facts.AddRange(list);
            }

            var session = new ComplianceSession(_escalation, dataset, asOf, facts);
            session.Fire();
            var escalation = new List<Finding>();
            foreach (var finding in session.Findings())
            {
                if (string.Equals(finding.RuleId, RuleIds.UnitAtRisk, StringComparison.Ordinal))
                {
                    escalation.Add(finding);
                }
            }

            escalation.Sort(FindingOrder.Instance);
            sortedLists.Add(escalation);
            failures.AddRange(session.Failures);
        }

        var findings = FindingOrder.Merge(sortedLists);
        return (findings, failures.Items);
    }

    /// <summary>
    /// SUP-006's facts: the problems whose normalized text at least <c>BoilerplateMinOwners</c> problems share (a
    /// text with fewer problems cannot have that many owners, so leaving it out changes no finding), and one
    /// <see cref="ProblemText"/> per such text.
    /// </summary>
    private List<object> BoilerplateFacts(PartResult[] results)
    {
        var texts = new BoilerplateTexts(_boilerplateMinOwners);
        foreach (var result in results)
        {
            foreach (var profile in result.TextProfiles)
            {
                texts.Add(profile);
            }
        }

        var facts = new List<object>();
        foreach (var result in results)
        {
            foreach (var profile in result.TextProfiles)
            {
                if (texts.Qualifies(profile))
                {
                    facts.Add(profile);
                }
            }
        }

        facts.AddRange(texts.Facts());
        return facts;
    }

    private static ComplianceOptions Without(ComplianceOptions options, string[] ruleIds)
    {
        var copy = options.Clone();
        copy.DisabledRules.UnionWith(ruleIds);
        return copy;
    }

    private static ComplianceOptions Only(ComplianceOptions options, string ruleId)
    {
        var copy = options.Clone();
        foreach (var rule in ComplianceRuleCatalog.Shipped.Rules)
        {
            if (!string.Equals(rule.Id, ruleId, StringComparison.Ordinal))
            {
                copy.DisabledRules.Add(rule.Id);
            }
        }

        return copy;
    }

    private sealed record PartResult(List<Finding> Findings, List<RuleFailure> Failures, List<ProblemProfile> TextProfiles);

    /// <summary>Rule failures in order of first report, each (rule, phase, message) once, as a single session keeps them.</summary>
    private sealed class FailureList
    {
        private readonly HashSet<(string, string, string)> _keys = [];

        public List<RuleFailure> Items { get; } = [];

        public void AddRange(IEnumerable<RuleFailure> failures)
        {
            foreach (var failure in failures)
            {
                if (_keys.Add((failure.RuleName, failure.Phase, failure.Message)))
                {
                    Items.Add(failure);
                }
            }
        }
    }
}
