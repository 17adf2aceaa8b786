using System.Numerics;
using System.Runtime.ExceptionServices;
using Campaign.Compliance.Catalog;
using Campaign.Compliance.Facts;
using Campaign.Compliance.Findings;
using Campaign.Domain.Campaigns;

namespace Campaign.Compliance.Checking;

/// <summary>
/// A check split over the connected components of the dataset (<see cref="ComponentPartitioner"/>), in three stages
/// derived from the rules' declared scopes (<see cref="RuleScope"/>): every part runs in its own engine session with
/// the <see cref="RuleScope.Unit"/> rules, the parts in parallel; then the <see cref="RuleScope.Dataset"/> rules that
/// read no findings (SUP-006) run in one session over the records they match from every part; then the rules that
/// read findings (ESC-001), whatever their scope, in one session over the records they match and every finding.
/// Each finding is made exactly once, by the same rule over the same facts, so after the report's sort the result
/// equals the single session's. User rules take part like shipped ones. Thread-safe (the compiled rules are shared;
/// sessions are per call).
/// </summary>
internal sealed class PartitionedCheck
{
    private readonly CompiledRules _local;
    private readonly GlobalStage? _dataset;
    private readonly GlobalStage? _findings;
    private readonly int _boilerplateMinOwners;

    /// <summary>Compiles the three rule sets from <paramref name="options"/> (validated).</summary>
    /// <param name="options">The options.</param>
    /// <param name="services">Builds the user's rules, when given.</param>
    /// <param name="userTypes">The options' user rule classes, when the caller has them already.</param>
    public PartitionedCheck(ComplianceOptions options, IServiceProvider? services = null, IReadOnlyList<Type>? userTypes = null)
    {
        var classes = CompiledRules.Enabled(options, userTypes);
        var definitions = CompiledRules.Load(classes, services);
        var stages = RuleStages.Split(classes, definitions);
        _local = new CompiledRules(options, services, stages.Local.Classes, stages.Local.Definitions);
        if (stages.Dataset.Classes.Count > 0)
        {
            _dataset = new GlobalStage(new CompiledRules(options, services, stages.Dataset.Classes, stages.Dataset.Definitions));
        }

        if (stages.Findings.Classes.Count > 0)
        {
            _findings = new GlobalStage(new CompiledRules(options, services, stages.Findings.Classes, stages.Findings.Definitions));
        }

        _boilerplateMinOwners = options.BoilerplateMinOwners;
    }

    /// <summary>The rule classes of each stage: the parts', the dataset stage's, the findings stage's (for tests).</summary>
    internal (IReadOnlyList<Type> Parts, IReadOnlyList<Type> Dataset, IReadOnlyList<Type> Findings) StageClasses =>
        (_local.RuleClasses, _dataset?.Rules.RuleClasses ?? [], _findings?.Rules.RuleClasses ?? []);

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
        var keepTexts = (_dataset?.ReadsTexts ?? false) || (_findings?.ReadsTexts ?? false);
        try
        {
            Parallel.For(0, parts.Count, new ParallelOptions { MaxDegreeOfParallelism = degree }, i =>
            {
                using var session = new CheckSession(_local, parts[i].ToRecords(dataset), asOf);
                session.Fire();
                var partFindings = session.Findings();

                // Sorted here, on the parts' threads: the report then only merges.
                partFindings.Sort(FindingOrder.Instance);
                var profiles = keepTexts ? session.TextProfiles() : [];
                results[i] = new PartResult(partFindings, [.. session.Failures], profiles, TextHashes(profiles));

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

        // The findings stage's session (ESC-001) takes its records and the parts' findings (most of its work) while the
        // dataset stage (SUP-006) runs, on another core when the degree allows; the dataset stage's findings join it
        // after, before it fires. Its findings do not depend on the order the facts came in (the details are sorted),
        // so the report is the one a single pass gives.
        var escalation = _findings is null ? null : StartFindingsStage(dataset, asOf, results, sortedLists, degree);
        try
        {
            List<Finding> datasetFindings = [];
            if (_dataset is not null)
            {
                using var session = _dataset.Session(dataset, asOf, () => BoilerplateFacts(results), findings: null);
                session.Fire();
                datasetFindings = session.Findings();

                // Released now, before the findings stage fires, rather than at the end of the block.
                session.Dispose();
                datasetFindings.Sort(FindingOrder.Instance);
                sortedLists.Add(datasetFindings);
                failures.AddRange(session.Failures);
            }

            if (escalation is not null)
            {
                using var session = escalation.GetAwaiter().GetResult();
                escalation = null;
                if (datasetFindings.Count > 0)
                {
                    session.Session.InsertAll(datasetFindings);
                }

                session.Fire();
                var made = new List<Finding>();
                foreach (var finding in session.Findings())
                {
                    // The session also holds the findings it was given; keep those its own rules made.
                    if (_findings!.Rules.Includes(finding.RuleId))
                    {
                        made.Add(finding);
                    }
                }

                session.Dispose();
                made.Sort(FindingOrder.Instance);
                sortedLists.Add(made);
                failures.AddRange(session.Failures);
            }
        }
        finally
        {
            // The dataset stage failed: the findings stage finishes before that error leaves (no work outlives the
            // check), and an error of its own does not hide the first one.
            escalation.WaitQuietly();
        }

        var findings = FindingOrder.Merge(sortedLists);
        return (findings, failures.Items);
    }

    /// <summary>The findings stage's session over its records and the parts' findings, built on a pool thread when <paramref name="degree"/> allows.</summary>
    private Task<CheckSession> StartFindingsStage(CampaignDataset dataset, DateOnly asOf, PartResult[] results, List<List<Finding>> partFindings, int degree)
    {
        // The caller adds the dataset stage's findings to its list while this session is built: take the parts' lists now.
        var lists = partFindings.ToArray();
        var stage = _findings!;
        return degree > 1
            ? Task.Run(() => stage.Session(dataset, asOf, () => BoilerplateFacts(results), lists))
            : Task.FromResult(stage.Session(dataset, asOf, () => BoilerplateFacts(results), lists));
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
