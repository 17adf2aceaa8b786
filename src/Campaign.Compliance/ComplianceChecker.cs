using Campaign.Compliance.Checking;
using Campaign.Domain.Campaigns;

namespace Campaign.Compliance;

/// <summary>
/// Checks a campaign dataset against the rule catalog (rules.md) and the user's rules, as of a date.
/// Build it once (the options are validated and the user's rules compiled here; the shipped rules alone are compiled
/// once, on first use) and call <see cref="Check"/> any number of times; a checker is thread-safe (each check runs in
/// engine sessions of its own).
/// </summary>
public sealed class ComplianceChecker
{
    private readonly TimeProvider _timeProvider;
    private readonly Lazy<CompiledRules> _rules;
    private readonly Lazy<PartitionedCheck>? _partitioned;

    /// <summary>
    /// Validates the options and, when the options name rule classes of the user's, loads and compiles the enabled rules
    /// (so a badly defined user rule fails here). The shipped rules alone are compiled on first use: a large check then
    /// compiles the rule sets it needs while it splits the dataset.
    /// </summary>
    /// <param name="options">The options (a snapshot is taken); defaults when <see langword="null"/>.</param>
    /// <param name="timeProvider">Gives "today" (local date) when neither the call nor the dataset has an as-of date; <see cref="TimeProvider.System"/> by default.</param>
    /// <exception cref="ComplianceOptionsException">The options are invalid (all errors listed).</exception>
    /// <exception cref="NRules.Fluent.RuleDefinitionException">A user rule is badly defined.</exception>
    public ComplianceChecker(ComplianceOptions? options = null, TimeProvider? timeProvider = null)
        : this(options, timeProvider, null)
    {
    }

    /// <summary>As the public constructor; user rules are built and their dependencies resolved through <paramref name="services"/>.</summary>
    internal ComplianceChecker(ComplianceOptions? options, TimeProvider? timeProvider, IServiceProvider? services)
    {
        Options = (options ?? new ComplianceOptions()).Freeze();
        Options.Validate();
        _timeProvider = timeProvider ?? TimeProvider.System;
        var snapshot = Options;
        var userTypes = snapshot.UserRuleClasses();
        var hasUserRules = userTypes.Count > 0;
        _rules = hasUserRules
            ? new Lazy<CompiledRules>(new CompiledRules(snapshot, services, CompiledRules.Enabled(snapshot, userTypes)))
            : new Lazy<CompiledRules>(() => new CompiledRules(snapshot, services, CompiledRules.Enabled(snapshot, userTypes)), LazyThreadSafetyMode.ExecutionAndPublication);
        if (snapshot.MaxDegreeOfParallelism > 1)
        {
            // Compiled on the first large check only: small datasets never need the split rule sets.
            _partitioned = new Lazy<PartitionedCheck>(() => new PartitionedCheck(snapshot, services, userTypes), LazyThreadSafetyMode.ExecutionAndPublication);
        }
    }

    /// <summary>Datasets with fewer records than this run in one session (splitting costs more than it saves).</summary>
    internal int MinPartitionedRecords { get; init; } = 50_000;

    /// <summary>
    /// A large dataset is split into parts of about this many records, and at least one part per degree of parallelism.
    /// Small parts keep the collector's work small: a part's session lives for a few milliseconds, so few of its objects
    /// are still alive when a collection comes and most die young instead of being copied to the older generations.
    /// Smaller parts cost more per part (each session builds its network); docs/scaling.md, "Memory, and why parts are
    /// small".
    /// </summary>
    internal int PartRecords { get; init; } = 2_500;

    /// <summary>The options in effect: a validated, frozen copy of the options the checker was built with (<see cref="ComplianceOptions.IsFrozen"/>).</summary>
    public ComplianceOptions Options { get; }

    /// <summary>
    /// Runs every enabled rule over <paramref name="dataset"/> and reports the findings. A large dataset is split into
    /// independent parts checked on up to <see cref="ComplianceOptions.MaxDegreeOfParallelism"/> threads, each rule
    /// where its declared scope lets it run (<see cref="Catalog.RuleScope"/>); the report is the same as one session's.
    /// </summary>
    /// <param name="dataset">The dataset.</param>
    /// <param name="asOf">The evaluation date; default the dataset's <c>campaign.asOf</c>, else today's local date from the time provider.</param>
    /// <returns>The report, findings in the contract's order.</returns>
    public ComplianceReport Check(CampaignDataset dataset, DateOnly? asOf = null)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        var date = ResolveAsOf(dataset, asOf);
        var records = (long)dataset.Units.Count + dataset.People.Count + dataset.Opinions.Count + dataset.Problems.Count + dataset.Rectifications.Count;
        if (_partitioned is not null && records >= MinPartitionedRecords)
        {
            var degree = Options.MaxDegreeOfParallelism;
            var parts = (int)Math.Max(degree, Math.Min(records / Math.Max(1, PartRecords), 4096));
            // The first large check compiles the split rule sets on another core while this one finds the components.
            var compiling = _partitioned.IsValueCreated ? null : Task.Run(() => _partitioned.Value);
            ComponentPartitioner? partitioner;
            try
            {
                partitioner = ComponentPartitioner.Of(dataset);
            }
            finally
            {
                // No work outlives the call, whatever happened here.
                compiling.WaitQuietly();
            }

            if (partitioner is not null)
            {
                var result = _partitioned.Value.Run(partitioner, dataset, date, parts, degree);
                return new ComplianceReport(date, DatasetSummary.Of(dataset), result.Findings, ruleFailures: result.Failures);
            }
        }

        using var session = new CheckSession(_rules.Value, dataset, date);
        session.Fire();
        var findings = session.Findings();

        // Released before the report sorts the findings: the session's memory is free for it.
        session.Dispose();
        return new ComplianceReport(date, DatasetSummary.Of(dataset), findings, ruleFailures: session.Failures);
    }

    /// <summary>
    /// Starts a monitor over <paramref name="dataset"/>: a long-lived session that applies changes and returns the
    /// findings they add and remove. The monitor shares this checker's compiled rules.
    /// </summary>
    /// <param name="dataset">The dataset; the monitor changes its records through their transitions.</param>
    /// <param name="asOf">The evaluation date; default as in <see cref="Check"/>.</param>
    public Monitoring.ComplianceMonitor CreateMonitor(CampaignDataset dataset, DateOnly? asOf = null)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        return new Monitoring.ComplianceMonitor(_rules.Value, dataset, ResolveAsOf(dataset, asOf));
    }

    /// <summary>Whether the rules of one session (all enabled rules) are compiled yet; for tests.</summary>
    internal bool RulesCompiled => _rules.IsValueCreated;

    /// <summary>Whether the split rule sets of the partitioned check are compiled yet; for tests.</summary>
    internal bool PartitionedRulesCompiled => _partitioned?.IsValueCreated ?? false;

    /// <summary>The evaluation date: the argument, else the dataset's, else today's local date.</summary>
    internal DateOnly ResolveAsOf(CampaignDataset dataset, DateOnly? asOf) =>
        asOf ?? dataset.Campaign.AsOf ?? DateOnly.FromDateTime(_timeProvider.GetLocalNow().DateTime);
}
