using System.Numerics;
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
    public (List<Finding> Findings, List<RuleFailure> Failures)? Run(CampaignDataset dataset, DateOnly asOf, int partCount, int degree) =>
        ComponentPartitioner.Of(dataset) is { } partitioner ? Run(partitioner, dataset, asOf, partCount, degree) : null;

    /// <summary>As <see cref="Run(CampaignDataset, DateOnly, int, int)"/>, over the components <paramref name="partitioner"/> found in <paramref name="dataset"/>.</summary>
    public (List<Finding> Findings, List<RuleFailure> Failures) Run(ComponentPartitioner partitioner, CampaignDataset dataset, DateOnly asOf, int partCount, int degree)
    {
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
                var profiles = keepTexts ? session.TextProfiles() : [];
                results[i] = new PartResult(partFindings, [.. session.Failures], profiles, TextHashes(profiles));
                session.Release();

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

        // ESC-001's session takes the units and the parts' findings (most of its work) while SUP-006 runs, on another
        // core when the degree allows; SUP-006's findings join it after, before it fires. Its findings do not depend on
        // the order the facts came in (the details are sorted), so the report is the one a single pass gives.
        var escalation = _escalation is null ? null : StartEscalation(dataset, asOf, sortedLists, degree);
        try
        {
            List<Finding> boilerplate = [];
            if (_boilerplate is not null)
            {
                var session = new ComplianceSession(_boilerplate, dataset, asOf, BoilerplateFacts(results));
                session.Fire();
                boilerplate = session.Findings();
                session.Release();
                boilerplate.Sort(FindingOrder.Instance);
                sortedLists.Add(boilerplate);
                failures.AddRange(session.Failures);
            }

            if (escalation is not null)
            {
                var session = escalation.GetAwaiter().GetResult();
                escalation = null;
                if (boilerplate.Count > 0)
                {
                    session.Session.InsertAll(boilerplate);
                }

                session.Fire();
                var atRisk = new List<Finding>();
                foreach (var finding in session.Findings())
                {
                    if (string.Equals(finding.RuleId, RuleIds.UnitAtRisk, StringComparison.Ordinal))
                    {
                        atRisk.Add(finding);
                    }
                }

                session.Release();
                atRisk.Sort(FindingOrder.Instance);
                sortedLists.Add(atRisk);
                failures.AddRange(session.Failures);
            }
        }
        finally
        {
            // SUP-006 failed: the escalation session finishes before that error leaves (no work outlives the check), and
            // an error of its own does not hide SUP-006's.
            escalation.WaitQuietly();
        }

        var findings = FindingOrder.Merge(sortedLists);
        return (findings, failures.Items);
    }

    /// <summary>ESC-001's session over the units and the parts' findings, built on a pool thread when <paramref name="degree"/> allows.</summary>
    private Task<ComplianceSession> StartEscalation(CampaignDataset dataset, DateOnly asOf, List<List<Finding>> partFindings, int degree)
    {
        var count = dataset.Units.Count + 1024;
        foreach (var list in partFindings)
        {
            count += list.Count;
        }

        var facts = new List<object>(count);
        foreach (var unit in dataset.Units)
        {
            facts.Add(unit);
        }

        foreach (var list in partFindings)
        {
            facts.AddRange(list);
        }

        var rules = _escalation!;
        return degree > 1
            ? Task.Run(() => new ComplianceSession(rules, dataset, asOf, facts))
            : Task.FromResult(new ComplianceSession(rules, dataset, asOf, facts));
    }

    /// <summary>
    /// SUP-006's facts: the problems whose normalized text at least <c>BoilerplateMinOwners</c> problems share (a
    /// text with fewer problems cannot have that many owners, so leaving it out changes no finding), and one
    /// <see cref="ProblemText"/> per such text.
    /// </summary>
    /// <remarks>
    /// Most texts are their problem's own (570,000 distinct among 618,000 problems at province size), so the texts are
    /// first counted by their hash codes, taken on the parts' threads, in a table of counters: a text whose counter
    /// stays below the threshold cannot reach it (other texts in the same counter only add to it), and only the
    /// others are counted exactly, by their text. The facts and their order are those of counting every text exactly.
    /// </remarks>
    private List<object> BoilerplateFacts(PartResult[] results)
    {
        var total = 0;
        foreach (var result in results)
        {
            total += result.TextProfiles.Count;
        }

        // About four counters per text, a power of two; counts saturate at the threshold.
        var mask = (int)BitOperations.RoundUpToPowerOf2((uint)Math.Clamp(4L * total, 4, 1 << 24)) - 1;
        var counters = new byte[mask + 1];
        var threshold = (byte)Math.Min(_boilerplateMinOwners, byte.MaxValue);
        foreach (var result in results)
        {
            foreach (var hash in result.TextHashes)
            {
                ref var counter = ref counters[hash & mask];
                if (counter < threshold)
                {
                    counter++;
                }
            }
        }

        var texts = new BoilerplateTexts(_boilerplateMinOwners);
        var candidates = new List<ProblemProfile>();
        foreach (var result in results)
        {
            var hashes = result.TextHashes;
            for (var i = 0; i < hashes.Length; i++)
            {
                if (counters[hashes[i] & mask] >= threshold)
                {
                    candidates.Add(result.TextProfiles[i]);
                    texts.Add(result.TextProfiles[i]);
                }
            }
        }

        var facts = new List<object>();
        foreach (var profile in candidates)
        {
            if (texts.Qualifies(profile))
            {
                facts.Add(profile);
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

    /// <summary>The hash code of each profile's normalized text (the profiles have one), for <see cref="BoilerplateFacts"/>.</summary>
    private static int[] TextHashes(List<ProblemProfile> profiles)
    {
        var hashes = new int[profiles.Count];
        for (var i = 0; i < hashes.Length; i++)
        {
            hashes[i] = StringComparer.Ordinal.GetHashCode(profiles[i].NormalizedText!);
        }

        return hashes;
    }

    private sealed record PartResult(List<Finding> Findings, List<RuleFailure> Failures, List<ProblemProfile> TextProfiles, int[] TextHashes);

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
