using Campaign.Rules.Integration.DependencyInjection;
using Microsoft.Extensions.DependencyInjection;
using NRules;
using NRules.Diagnostics;
using NRules.Extensibility;
using NRules.Fluent;
using NRules.Fluent.Dsl;
using NRules.RuleModel;

// The usings are outside the namespace on purpose: where Campaign.Rules and NRules have types of the same name
// (ReteGraph, the exception types), the guide's examples mean Campaign.Rules' ones.
namespace Campaign.Rules.Tests.Docs;

// The example code of docs/engine.md. Every ```csharp block of the guide is copied verbatim from a region of this
// file (EngineGuideDocumentTests checks it), and EngineGuideTests runs each example. This file holds many types on
// purpose: it is the guide's source, read region by region.

#region Facts
public sealed class Unit
{
    public Unit(string id, string name, int level, params string[] tags)
    {
        Id = id;
        Name = name;
        Level = level;
        Tags = tags;
    }

    public string Id { get; }

    public string Name { get; }

    public int Level { get; }

    public IReadOnlyList<string> Tags { get; }
}

public sealed class Problem
{
    public Problem(string id, string unitId, int severity)
    {
        Id = id;
        UnitId = unitId;
        Severity = severity;
    }

    public string Id { get; }

    public string UnitId { get; }

    public int Severity { get; private set; }

    public bool IsRectified { get; private set; }

    public bool IsEscalated { get; private set; }

    public void Rectify() => IsRectified = true;

    public void Reassess(int severity) => Severity = severity;

    public void Escalate() => IsEscalated = true;
}

public sealed record Alert(string UnitId, string Text);
#endregion

#region FirstRule
[Name("Units.SevereOpenProblem")]
[Description("A unit has an open problem of severity 3 or more.")]
[Tag("units")]
[Tag("severity")]
[Priority(10)]
public class SevereOpenProblemRule : Rule
{
    public override void Define()
    {
        Unit unit = null!;
        Problem problem = null!;

        When()
            .Match(() => unit)
            .Match(() => problem,
                p => p.UnitId == unit.Id,    // join test: reads the earlier binding, served by a hash index
                p => p.Severity >= 3,        // alpha test: reads only the fact, shared between rules
                p => !p.IsRectified);

        Then()
            .Yield(ctx => new Alert(unit.Id, "severe problem " + problem.Id));
    }
}
#endregion

#region NotExistsAll
public class UnitWithoutProblemsRule : Rule
{
    public override void Define()
    {
        Unit unit = null!;
        When()
            .Match(() => unit)
            .Not<Problem>(p => p.UnitId == unit.Id);
        Then()
            .Yield(ctx => new Alert(unit.Id, "no problem found"));
    }
}

public class UnitWithProblemsRule : Rule
{
    public override void Define()
    {
        Unit unit = null!;
        When()
            .Match(() => unit)
            .Exists<Problem>(p => p.UnitId == unit.Id);
        Then()
            .Yield(ctx => new Alert(unit.Id, "has problems"));
    }
}

public class AllProblemsRectifiedRule : Rule
{
    public override void Define()
    {
        Unit unit = null!;
        When()
            .Match(() => unit)
            .Exists<Problem>(p => p.UnitId == unit.Id)
            .All<Problem>(p => p.UnitId == unit.Id, p => p.IsRectified);
        Then()
            .Yield(ctx => new Alert(unit.Id, "all problems rectified"));
    }
}
#endregion

#region CollectLetHaving
public class ManyProblemsRule : Rule
{
    public override void Define()
    {
        Unit unit = null!;
        IEnumerable<Problem> problems = null!;
        int total = 0;

        When()
            .Match(() => unit)
            .Query(() => problems, q => q
                .Match<Problem>(p => p.UnitId == unit.Id)
                .Where(p => !p.IsRectified)
                .Collect())
            .Let(() => total, () => problems.Sum(p => p.Severity))
            .Having(() => total >= 6);

        Then()
            .Yield(ctx => new Alert(unit.Id, "open severity " + total));
    }
}
#endregion

#region GroupBy
public class SevereProblemsByUnitRule : Rule
{
    public override void Define()
    {
        IGrouping<string, Problem> group = null!;

        When()
            .Query(() => group, q => q
                .Match<Problem>(p => p.Severity >= 3)
                .GroupBy(p => p.UnitId));

        Then()
            .Yield(ctx => new Alert(group.Key, group.Count() + " severe problems"));
    }
}
#endregion

#region SelectToLookupOrderBy
public class SeverityProfileRule : Rule
{
    public override void Define()
    {
        Unit unit = null!;
        IEnumerable<int> severities = null!;
        IKeyedLookup<int, Problem> bySeverity = null!;
        IEnumerable<Problem> worstFirst = null!;

        When()
            .Match(() => unit)
            .Query(() => severities, q => q
                .Match<Problem>(p => p.UnitId == unit.Id)
                .Select(p => p.Severity)
                .Collect())
            .Query(() => bySeverity, q => q
                .Match<Problem>(p => p.UnitId == unit.Id)
                .Collect()
                .ToLookup(p => p.Severity))
            .Query(() => worstFirst, q => q
                .Match<Problem>(p => p.UnitId == unit.Id)
                .Collect()
                .OrderByDescending(p => p.Severity)
                .ThenBy(p => p.Id));

        Then()
            .Yield(ctx => new Alert(unit.Id,
                "max " + severities.DefaultIfEmpty().Max()
                + ", levels " + bySeverity.Count
                + ", worst " + worstFirst.Select(p => p.Id).FirstOrDefault()));
    }
}
#endregion

#region FromSelectMany
public class PilotUnitRule : Rule
{
    public override void Define()
    {
        Unit unit = null!;
        string tag = null!;

        When()
            .Match(() => unit)
            .Query(() => tag, q => q
                .From(() => unit.Tags)
                .SelectMany(tags => tags)
                .Where(t => t.StartsWith("pilot:")));

        Then()
            .Yield(ctx => new Alert(unit.Id, tag));
    }
}
#endregion

#region OrAnd
public class AttentionRule : Rule
{
    public override void Define()
    {
        Unit unit = null!;

        When()
            .Or(x => x
                .And(y => y
                    .Match(() => unit)
                    .Exists<Problem>(p => p.UnitId == unit.Id, p => p.Severity >= 4))
                .And(y => y
                    .Match(() => unit, u => u.Level == 1)
                    .Exists<Problem>(p => p.UnitId == unit.Id)));

        Then()
            .Do(ctx => ctx.Resolve<IAuditLog>().Write("attention " + unit.Id));
    }
}
#endregion

#region Dependency
public interface IAuditLog
{
    void Write(string line);
}

public sealed class AuditLog : IAuditLog
{
    public List<string> Lines { get; } = new();

    public void Write(string line) => Lines.Add(line);
}

public class AuditRectificationRule : Rule
{
    public override void Define()
    {
        IAuditLog log = null!;
        Problem problem = null!;

        Dependency()
            .Resolve(() => log);

        When()
            .Match(() => problem, p => p.IsRectified);

        Then()
            .Do(ctx => log.Write("rectified " + problem.Id))
            .Undo(ctx => log.Write("no longer rectified " + problem.Id));
    }
}
#endregion

#region Resolver
public sealed class AuditLogResolver : IDependencyResolver
{
    private readonly IAuditLog _log;

    public AuditLogResolver(IAuditLog log) => _log = log;

    public object Resolve(IResolutionContext context, Type serviceType) =>
        serviceType == typeof(IAuditLog)
            ? _log
            : throw new InvalidOperationException("Unknown service " + serviceType.Name);
}
#endregion

#region Filters
public class SeverityChangedRule : Rule
{
    public override void Define()
    {
        Problem problem = null!;

        When()
            .Match(() => problem);

        Filter()
            .Where(() => !problem.IsRectified)
            .OnChange(() => problem.Severity);

        Then()
            .Do(ctx => ctx.Resolve<IAuditLog>().Write(problem.Id + " severity " + problem.Severity));
    }
}
#endregion

#region Chaining
[Priority(5)]
public class EscalationRule : Rule
{
    public override void Define()
    {
        Unit unit = null!;
        Problem problem = null!;

        When()
            .Match(() => unit, u => u.Level == 1)
            .Match(() => problem, p => p.UnitId == unit.Id, p => p.Severity >= 4, p => !p.IsEscalated);

        Then()
            .Do(ctx => problem.Escalate())
            .Do(ctx => ctx.Insert(new Alert(unit.Id, "escalated " + problem.Id)))   // plain Insert: stays
            .Do(ctx => ctx.Update(problem));   // ends this match (!p.IsEscalated), starts the next rule's
    }
}

public class StopOnEscalationRule : Rule
{
    public override void Define()
    {
        Problem problem = null!;

        When()
            .Match(() => problem, p => p.IsEscalated);

        Then()
            .Do(ctx => ctx.Halt());
    }
}
#endregion

#region Linked
public class OpenProblemAlertRule : Rule
{
    public override void Define()
    {
        Problem problem = null!;
        When()
            .Match(() => problem, p => !p.IsRectified);
        Then()
            .Do(ctx => Report(ctx, problem));
    }

    private static void Report(IContext ctx, Problem problem)
    {
        var alert = new Alert(problem.UnitId, "open " + problem.Id + " severity " + problem.Severity);
        if (ctx.GetLinked("alert") is null)
        {
            ctx.InsertLinked("alert", alert);   // first firing
        }
        else
        {
            ctx.UpdateLinked("alert", alert);   // re-firing after an update: replaces the linked fact
        }
    }
}
#endregion

#region Repeatability
[Repeatability(RuleRepeatability.NonRepeatable)]
public class FirstReportRule : Rule
{
    public override void Define()
    {
        Problem problem = null!;
        When()
            .Match(() => problem);
        Then()
            .Do(ctx => ctx.Resolve<IAuditLog>().Write("reported " + problem.Id));
    }
}
#endregion

#region BrokenRule
public class BrokenRule : Rule
{
    public override void Define()
    {
        Unit unit = null!;

        When()
            .Match(() => unit);

        var name = unit.Name; // wrong: an alias is not a value while Define() runs

        Then()
            .Do(ctx => ctx.Insert(name));
    }
}
#endregion

#region FailingCondition
public class SeverityRatioRule : Rule
{
    public override void Define()
    {
        Problem problem = null!;
        When()
            .Match(() => problem, p => 12 / p.Severity >= 3);
        Then()
            .Do(ctx => ctx.Resolve<IAuditLog>().Write("low severity " + problem.Id));
    }
}
#endregion

/// <summary>The usage examples of the guide, each returning what its test asserts on.</summary>
public static class EngineGuideExamples
{
    public static (int Fired, List<Alert> Alerts) FirstSession()
    {
        #region Session
        var repository = new RuleRepository();
        repository.Load(x => x.From(typeof(SevereOpenProblemRule)));
        ISessionFactory factory = repository.CompileIndexed();   // NRules' runtime: repository.Compile()

        ISession session = factory.CreateSession();         // one per unit of work, not thread-safe
        session.Insert(new Unit("U1", "Township committee", 1));
        session.InsertAll([new Problem("P1", "U1", 4), new Problem("P2", "U1", 1)]);
        int fired = session.Fire();                          // 1: only P1 is severe

        List<Alert> alerts = session.Query<Alert>().ToList(); // the yielded alert for P1
        #endregion
        return (fired, alerts);
    }

    public static ISessionFactory LoadWithSpec()
    {
        #region LoadSpec
        var repository = new RuleRepository();
        repository.Load(x => x
            .From(typeof(SevereOpenProblemRule).Assembly)
            .Where(rule => rule.Tags.Contains("units"))
            .To("units"));
        var factory = repository.CompileIndexed();
        #endregion
        return factory;
    }

    public static (List<Alert> Before, List<Alert> After) UnitsAndProblems()
    {
        var session = Compile(typeof(UnitWithoutProblemsRule), typeof(UnitWithProblemsRule), typeof(AllProblemsRectifiedRule)).CreateSession();
        #region NotExistsUsage
        var problem = new Problem("P1", "U1", 2);
        session.InsertAll([new Unit("U1", "Village A", 2), new Unit("U2", "Village B", 2), problem]);
        session.Fire();
        var before = session.Query<Alert>().ToList();
        // U1 has problems, U2 has none

        problem.Rectify();
        session.Update(problem);
        session.Fire();
        var after = session.Query<Alert>().ToList();
        // U1: "has problems" and "all problems rectified"; U2: "no problem found"
        #endregion
        return (before, after);
    }

    public static List<Alert> Aggregates()
    {
        var session = Compile(typeof(ManyProblemsRule), typeof(SevereProblemsByUnitRule), typeof(SeverityProfileRule), typeof(PilotUnitRule)).CreateSession();
        session.InsertAll([new Unit("U1", "Bureau", 2, "pilot:2014", "county"), new Unit("U2", "Office", 2)]);
        session.InsertAll([new Problem("P1", "U1", 4), new Problem("P2", "U1", 3), new Problem("P3", "U2", 1)]);
        session.Fire();
        return session.Query<Alert>().ToList();
    }

    public static List<string> OrAndDependencies()
    {
        #region ResolverUsage
        var log = new AuditLog();
        var factory = Compile(typeof(AttentionRule), typeof(AuditRectificationRule));
        factory.DependencyResolver = new AuditLogResolver(log);   // or session.DependencyResolver

        var session = factory.CreateSession();
        var problem = new Problem("P1", "U1", 4);
        session.InsertAll([new Unit("U1", "Township committee", 1), problem]);
        session.Fire();   // attention U1 twice: both branches of the Or hold

        problem.Rectify();
        session.Update(problem);
        session.Fire();   // rectified P1

        session.Retract(problem);   // the fired match goes: its Undo is queued
        session.Fire();             // "no longer rectified P1"
        #endregion
        return log.Lines;
    }

    public static List<string> FiltersAndRepeatability()
    {
        var log = new AuditLog();
        var factory = Compile(typeof(SeverityChangedRule), typeof(FirstReportRule));
        factory.DependencyResolver = new AuditLogResolver(log);
        var session = factory.CreateSession();
        #region UpdateUsage
        var problem = new Problem("P1", "U1", 2);
        session.Insert(problem);
        session.Update(problem);   // insert then update before Fire: each rule fires once
        session.Fire();            // "P1 severity 2", "reported P1"

        session.Update(problem);   // nothing changed: OnChange keeps SeverityChangedRule quiet,
        session.Fire();            // FirstReportRule is NonRepeatable: no firing

        problem.Reassess(3);
        session.Update(problem);
        session.Fire();            // "P1 severity 3"
        #endregion
        return log.Lines;
    }

    public static (int Fired, bool Escalated, int Alerts, int FiredAfterHalt) Chaining()
    {
        var session = Compile(typeof(EscalationRule), typeof(StopOnEscalationRule)).CreateSession();
        #region ChainingUsage
        var problem = new Problem("P1", "U1", 5);
        session.InsertAll([new Unit("U1", "County bureau", 1), problem]);
        var fired = session.Fire();   // 2: EscalationRule, then StopOnEscalationRule, which halts
        #endregion
        var escalated = problem.IsEscalated;
        var alerts = session.Query<Alert>().Count();
        return (fired, escalated, alerts, session.Fire());
    }

    public static (List<Alert> Open, List<Alert> Reassessed, List<Alert> Rectified) Linked()
    {
        var session = Compile(typeof(OpenProblemAlertRule)).CreateSession();
        #region LinkedUsage
        var problem = new Problem("P1", "U1", 2);
        session.Insert(problem);
        session.Fire();
        var open = session.Query<Alert>().ToList();         // "open P1 severity 2"

        problem.Reassess(4);
        session.Update(problem);
        session.Fire();                                     // fires again: UpdateLinked replaces the alert
        var reassessed = session.Query<Alert>().ToList();   // "open P1 severity 4"

        problem.Rectify();
        session.Update(problem);                            // the match goes: its linked alert is retracted
        var rectified = session.Query<Alert>().ToList();    // empty
        #endregion
        return (open, reassessed, rectified);
    }

    public static (string Rule, string Message) Broken()
    {
        #region BrokenUsage
        var repository = new RuleRepository();
        try
        {
            repository.Load(x => x.From(typeof(BrokenRule)));
        }
        catch (RuleDefinitionException e)
        {
            // e.RuleType is the rule class; the inner exception says what went wrong
            return (e.RuleType.Name, e.Message);
        }
        #endregion
        return (string.Empty, string.Empty);
    }

    public static (string Thrown, int Handled, List<string> Lines) FailingCondition()
    {
        var log = new AuditLog();
        var factory = Compile(typeof(SeverityRatioRule));
        factory.DependencyResolver = new AuditLogResolver(log);
        var thrown = string.Empty;
        #region LhsFailureUsage
        var strict = factory.CreateSession();
        try
        {
            strict.Insert(new Problem("P0", "U1", 0));   // 12 / 0 throws inside the condition
        }
        catch (RuleLhsExpressionEvaluationException e)   // Campaign.Rules' type on the indexed runtime
        {
            thrown = e.Expression;                        // the condition's text, with the inner exception
        }

        var lenient = factory.CreateSession();
        var handled = 0;
        lenient.Events.LhsExpressionFailedEvent += (sender, e) =>
        {
            handled++;
            e.IsHandled = true;                           // the failing condition counts as no match
        };
        lenient.InsertAll([new Problem("P0", "U1", 0), new Problem("P1", "U1", 2)]);
        lenient.Fire();                                   // "low severity P1" only
        #endregion
        return (thrown, handled, log.Lines);
    }

    public static (List<string> Events, int Nodes, int Facts) EventsAndSchema()
    {
        var factory = Compile(typeof(SevereOpenProblemRule));
        #region EventsUsage
        var session = factory.CreateSession();
        var events = new List<string>();
        session.Events.FactInsertedEvent += (sender, e) => events.Add("inserted " + e.Fact.Type.Name);
        session.Events.ActivationCreatedEvent += (sender, e) => events.Add("activated " + e.Rule.Name);
        session.Events.RuleFiredEvent += (sender, e) => events.Add("fired " + e.Rule.Name);

        session.InsertAll([new Unit("U1", "Township committee", 1), new Problem("P1", "U1", 3)]);
        session.Fire();

        ReteGraph schema = session.GetIndexedSchema();   // Campaign.Rules' network, with per-node counters
        int factsHeld = schema.Nodes.Sum(n => n.FactCount);
        #endregion
        return (events, schema.Nodes.Count, factsHeld);
    }

    public static (List<string> Lines, bool SameFactory) DependencyInjection()
    {
        #region DependencyInjection
        var services = new ServiceCollection();
        services.AddSingleton<IAuditLog, AuditLog>();
        services.AddRules(x => x.Type(typeof(AuditRectificationRule), typeof(AttentionRule)));

        using var provider = services.BuildServiceProvider();
        var factory = provider.GetRequiredService<ISessionFactory>();   // singleton, compiled once

        using var scope = provider.CreateScope();
        var session = scope.ServiceProvider.GetRequiredService<ISession>();   // resolves IAuditLog from the container
        var problem = new Problem("P1", "U1", 2);
        problem.Rectify();
        session.Insert(problem);
        session.Fire();   // "rectified P1" in the container's AuditLog
        #endregion
        var log = (AuditLog)provider.GetRequiredService<IAuditLog>();
        return (log.Lines, ReferenceEquals(factory, provider.GetRequiredService<ISessionFactory>()));
    }

    private static ISessionFactory Compile(params Type[] rules)
    {
        var repository = new RuleRepository();
        repository.Load(x => x.From(rules));
        return repository.CompileIndexed();
    }
}
