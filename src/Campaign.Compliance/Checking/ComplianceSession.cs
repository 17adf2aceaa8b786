using Campaign.Compliance.Facts;
using Campaign.Compliance.Findings;
using Campaign.Domain.Campaigns;
using Campaign.Domain.Units;
using NRules;

namespace Campaign.Compliance.Checking;

/// <summary>
/// An engine session of the compliance rules, filled through a <see cref="FactLoader"/>: what a check's session
/// (<see cref="CheckSession"/>) and a monitor's (<see cref="Monitoring.MonitorSession"/>) share. It keeps the rules that
/// threw and reads the findings with the severities the options give. Dispose it once done: the indexed runtime's
/// session then empties its memory (NRules' own has nothing to release); the failures stay readable.
/// </summary>
internal abstract class ComplianceSession : IDisposable
{
    private readonly CompiledRules _rules;
    private readonly List<RuleFailure> _failures = [];
    private readonly HashSet<(string, string, string)> _failureKeys = [];
    private bool _disposed;

    /// <param name="rules">The compiled rules.</param>
    /// <param name="campaign">The campaign (deadlines, focus lists).</param>
    /// <param name="units">Every unit the loaded records may name.</param>
    /// <param name="asOf">The evaluation date.</param>
    protected ComplianceSession(CompiledRules rules, CampaignRun campaign, IReadOnlyList<Unit> units, DateOnly asOf)
    {
        _rules = rules;
        Loader = new FactLoader(rules, campaign, units);
        Date = new EvaluationDate(asOf);
        Session = rules.Factory.CreateSession();
        Session.Events.LhsExpressionFailedEvent += (_, e) =>
        {
            e.IsHandled = true;
            AddFailure(RuleNames(e.Rules), "condition", e.Exception!);
        };
        Session.Events.RhsExpressionFailedEvent += (_, e) =>
        {
            e.IsHandled = true;
            AddFailure(e.Match.Rule.Name, "action", e.Exception!);
        };
    }

    /// <summary>The parameters fact (the options as the rules read them).</summary>
    public RuleParameters Parameters => Loader.Parameters;

    /// <summary>The engine session: its events, and facts inserted besides the loaded ones (earlier stages' findings).</summary>
    public ISession Session { get; }

    /// <summary>The evaluation date.</summary>
    public DateOnly AsOf => Date.AsOf;

    /// <summary>The rules that threw so far, each (rule, phase, message) once, in order of first report.</summary>
    public IReadOnlyList<RuleFailure> Failures => _failures;

    /// <summary>The loader that filled the session.</summary>
    protected FactLoader Loader { get; }

    /// <summary>The evaluation date fact.</summary>
    protected EvaluationDate Date { get; }

    /// <summary>Fires the rules the facts activated.</summary>
    /// <returns>How many rules fired.</returns>
    public int Fire()
    {
        ThrowIfDisposed();
        return Session.Fire();
    }

    /// <summary>Every finding in the session, with the severity the options give its rule.</summary>
    public List<Finding> Findings()
    {
        ThrowIfDisposed();
        var findings = new List<Finding>();
        foreach (var finding in Session.Query<Finding>())
        {
            findings.Add(Parameters.Effective(finding));
        }

        return findings;
    }

    /// <summary>Releases the engine session's memory (when it has any to release); disposing twice does nothing.</summary>
    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        (Session as IDisposable)?.Dispose();
    }

    /// <summary>Throws <see cref="ObjectDisposedException"/> once the session is disposed.</summary>
    protected void ThrowIfDisposed() => ObjectDisposedException.ThrowIf(_disposed, this);

    private static string RuleNames(IEnumerable<NRules.RuleModel.IRuleDefinition> rules)
    {
        var names = new List<string>();
        foreach (var rule in rules)
        {
            names.Add(rule.Name);
        }

        return string.Join(", ", names);
    }

    private void AddFailure(string ruleName, string phase, Exception exception)
    {
        var message = exception.InnerException is { } inner && exception is System.Reflection.TargetInvocationException ? inner.Message : exception.Message;
        if (_failureKeys.Add((ruleName, phase, message)))
        {
            _failures.Add(new RuleFailure(ruleName, _rules.RuleIdOf(ruleName), phase, message));
        }
    }
}
