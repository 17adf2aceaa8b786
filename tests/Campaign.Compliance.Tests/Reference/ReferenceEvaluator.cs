using Campaign.Domain.Campaigns;
using Campaign.Domain.Focus;
using Campaign.Domain.People;
using Campaign.Domain.Problems;
using Campaign.Domain.Rectifications;

namespace Campaign.Compliance.Tests.Reference;

/// <summary>
/// The whole rule catalog of rules.md written directly with dictionaries and LINQ over a dataset, independent of
/// any rules engine: the correctness oracle for the compliance check and the baseline of its benchmarks.
/// Clarity over speed on purpose.
/// </summary>
public static class ReferenceEvaluator
{
    /// <summary>The ids of the 23 rules, in catalog order.</summary>
    public static IReadOnlyList<string> RuleIds { get; } = Array.AsReadOnly(new[]
    {
        "OVD-001", "OVD-002", "OVD-003", "OVD-004", "OVD-005", "OVD-006", "OVD-007",
        "SUP-001", "SUP-002", "SUP-003", "SUP-004", "SUP-005", "SUP-006",
        "MIS-001", "MIS-002", "MIS-003", "MIS-004", "MIS-005", "MIS-006",
        "INC-001", "INC-002", "INC-003", "ESC-001",
    });

    /// <summary>The default severity of every rule (rules.md table).</summary>
    public static IReadOnlyDictionary<string, string> DefaultSeverities { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["OVD-001"] = "high",
        ["OVD-002"] = "low",
        ["OVD-003"] = "medium",
        ["OVD-004"] = "high",
        ["OVD-005"] = "high",
        ["OVD-006"] = "medium",
        ["OVD-007"] = "high",
        ["SUP-001"] = "high",
        ["SUP-002"] = "high",
        ["SUP-003"] = "medium",
        ["SUP-004"] = "medium",
        ["SUP-005"] = "medium",
        ["SUP-006"] = "medium",
        ["MIS-001"] = "high",
        ["MIS-002"] = "high",
        ["MIS-003"] = "high",
        ["MIS-004"] = "high",
        ["MIS-005"] = "medium",
        ["MIS-006"] = "medium",
        ["INC-001"] = "high",
        ["INC-002"] = "high",
        ["INC-003"] = "medium",
        ["ESC-001"] = "high",
    };

    private static readonly IReadOnlyDictionary<string, double> NoDetails = new Dictionary<string, double>();

    /// <summary>Evaluates every enabled rule over <paramref name="dataset"/> as of <paramref name="asOf"/>.</summary>
    /// <param name="dataset">A valid dataset.</param>
    /// <param name="asOf">The evaluation date.</param>
    /// <param name="p">The options; <see cref="ReferenceParameters.Default"/> when null.</param>
    /// <returns>The findings, ordered by unit id, rule id, subject id (ordinal; then subject type).</returns>
    public static IReadOnlyList<ReferenceFinding> Evaluate(CampaignDataset dataset, DateOnly asOf, ReferenceParameters? p = null)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        p ??= ReferenceParameters.Default;
        var c = new Context(dataset, asOf, p);
        var all = new List<ReferenceFinding>();
        void Add(IEnumerable<ReferenceFinding> found)
        {
            all.AddRange(found.Where(f => !p.DisabledRules.Contains(f.RuleId)));
        }

        Add(Ovd001(c));
        Add(Ovd002(c));
        Add(Ovd003(c));
        Add(Ovd004And005(c));
        Add(Ovd006(c));
        Add(Ovd007(c));
        Add(Sup001(c));
        Add(Sup002(c));
        Add(Sup003(c));
        Add(Sup004(c));
        Add(Sup005(c));
        Add(Sup006(c));
        Add(Mis001(c));
        Add(Mis002(c));
        Add(Mis003(c));
        Add(Mis004(c));
        Add(Mis005(c));
        Add(Mis006(c));
        Add(Inc001(c));
        Add(Inc002(c));
        Add(Inc003(c));
        if (!p.DisabledRules.Contains("ESC-001"))
        {
            all.AddRange(Esc001(c, all));
        }

        return all
            .OrderBy(f => f.UnitId, StringComparer.Ordinal)
            .ThenBy(f => f.RuleId, StringComparer.Ordinal)
            .ThenBy(f => f.SubjectId, StringComparer.Ordinal)
            .ThenBy(f => f.SubjectType, StringComparer.Ordinal)
            .ToList();
    }

    private static int Days(DateOnly a, DateOnly b) => b.DayNumber - a.DayNumber;

    private static bool IsFinished(Rectification r) => r.Status is RectificationStatus.Completed or RectificationStatus.ClosedOff;

    private static IReadOnlyDictionary<string, double> Detail(string key, double value) => new Dictionary<string, double> { [key] = value };

    private static IReadOnlyList<string> Sorted(IEnumerable<string> ids) =>
        ids.Distinct(StringComparer.Ordinal).OrderBy(i => i, StringComparer.Ordinal).ToList();

    private static ReferenceFinding OfRectification(Context c, string ruleId, Rectification r, IReadOnlyDictionary<string, double>? details = null) =>
        c.Finding(ruleId, "rectification", r.Id, c.Problems[r.ProblemIds[0]].UnitId, Sorted(r.ProblemIds), details);

    // OVD-001: open, has a deadline, asOf > deadline.
    private static IEnumerable<ReferenceFinding> Ovd001(Context c) =>
        from r in c.Dataset.Rectifications
        where !IsFinished(r) && r.Deadline is { } d && c.AsOf > d
        select OfRectification(c, "OVD-001", r, Detail("daysOverdue", Days(r.Deadline!.Value, c.AsOf)));

    // OVD-002: finished, has a deadline, completedOn > deadline.
    private static IEnumerable<ReferenceFinding> Ovd002(Context c) =>
        from r in c.Dataset.Rectifications
        where IsFinished(r) && r.Deadline is { } d && r.CompletedOn!.Value > d
        select OfRectification(c, "OVD-002", r, Detail("daysLate", Days(r.Deadline!.Value, r.CompletedOn!.Value)));

    // OVD-003: immediate; days(earliest identifiedOn, completedOn or asOf) > ImmediateWindowDays.
    private static IEnumerable<ReferenceFinding> Ovd003(Context c)
    {
        foreach (var r in c.Dataset.Rectifications.Where(r => r.Mode == RectificationMode.Immediate))
        {
            var found = r.ProblemIds.Select(id => c.Problems[id].IdentifiedOn).Min();
            var end = IsFinished(r) ? r.CompletedOn!.Value : c.AsOf;
            var days = Days(found, end);
            if (days > c.P.ImmediateWindowDays)
            {
                yield return OfRectification(c, "OVD-003", r, Detail("days", days));
            }
        }
    }

    // OVD-004 / OVD-005: weak and lax unit whose team is not staffed (consolidation not done) by the deadline.
    private static IEnumerable<ReferenceFinding> Ovd004And005(Context c)
    {
        var year = c.Dataset.Campaign.Start.Year;
        var staffedDeadline = c.P.TeamStaffedDeadline ?? new DateOnly(year, 4, 30);
        var consolidationDeadline = c.P.ConsolidationDeadline ?? new DateOnly(year, 6, 30);
        foreach (var u in c.Dataset.Units.Where(u => u.WeakLax is not null))
        {
            if (Late(u.WeakLax!.TeamStaffedOn, staffedDeadline, c.AsOf) is { } staffed)
            {
                yield return c.Finding("OVD-004", "unit", u.Id, u.Id, [], staffed);
            }

            if (Late(u.WeakLax!.ConsolidatedOn, consolidationDeadline, c.AsOf) is { } consolidated)
            {
                yield return c.Finding("OVD-005", "unit", u.Id, u.Id, [], consolidated);
            }
        }
    }

    private static IReadOnlyDictionary<string, double>? Late(DateOnly? doneOn, DateOnly deadline, DateOnly asOf) => doneOn switch
    {
        null when asOf > deadline => Detail("daysOverdue", Days(deadline, asOf)),
        { } done when done > deadline => Detail("daysLate", Days(deadline, done)),
        _ => null,
    };

    // OVD-006: unclaimed for more than ClaimWindowDays, or claimed more than ClaimWindowDays after receipt.
    private static IEnumerable<ReferenceFinding> Ovd006(Context c)
    {
        foreach (var o in c.Dataset.Opinions)
        {
            var days = o.ClaimedOn is { } claimed ? Days(o.ReceivedOn, claimed) : Days(o.ReceivedOn, c.AsOf);
            if (days > c.P.ClaimWindowDays)
            {
                yield return c.Finding("OVD-006", "opinion", o.Id, o.UnitId, [], Detail("days", days));
            }
        }
    }

    // OVD-007: no rectification lists the problem and days(identifiedOn, asOf) > PlanWindowDays.
    private static IEnumerable<ReferenceFinding> Ovd007(Context c) =>
        from pr in c.Dataset.Problems
        where !c.RectificationsOfProblem.Contains(pr.Id) && Days(pr.IdentifiedOn, c.AsOf) > c.P.PlanWindowDays
        select c.Finding("OVD-007", "problem", pr.Id, pr.UnitId, [], Detail("days", Days(pr.IdentifiedOn, c.AsOf)));

    // SUP-001: finished without evidence.
    private static IEnumerable<ReferenceFinding> Sup001(Context c) =>
        from r in c.Dataset.Rectifications
        where IsFinished(r) && r.Evidence.Count == 0
        select OfRectification(c, "SUP-001", r);

    // SUP-002: finished and evaluation absent or by self.
    private static IEnumerable<ReferenceFinding> Sup002(Context c) =>
        from r in c.Dataset.Rectifications
        where IsFinished(r) && (r.Evaluation is null || r.Evaluation.By == EvaluatorKind.Self)
        select OfRectification(c, "SUP-002", r);

    // SUP-003: evaluated by the masses below the target, whatever the status.
    private static IEnumerable<ReferenceFinding> Sup003(Context c) =>
        from r in c.Dataset.Rectifications
        where r.Evaluation is { By: EvaluatorKind.Masses, SatisfiedRate: { } rate } && rate < c.P.SatisfactionTarget
        select OfRectification(c, "SUP-003", r, Detail("satisfiedRate", r.Evaluation!.SatisfiedRate!.Value));

    // SUP-004: every problem of the opinion is rectified and finished, no report back, and more than the window since.
    private static IEnumerable<ReferenceFinding> Sup004(Context c)
    {
        var problemsOfOpinion = c.Dataset.Problems
            .SelectMany(pr => pr.OpinionIds.Distinct(StringComparer.Ordinal).Select(o => (Opinion: o, Problem: pr)))
            .ToLookup(x => x.Opinion, x => x.Problem, StringComparer.Ordinal);
        foreach (var o in c.Dataset.Opinions)
        {
            var problems = problemsOfOpinion[o.Id].ToList();
            if (problems.Count == 0 || o.ReportedBackOn is not null)
            {
                continue;
            }

            if (problems.Any(pr => !c.RectificationsOfProblem[pr.Id].Any()))
            {
                continue;
            }

            var rectifications = problems.SelectMany(pr => c.RectificationsOfProblem[pr.Id]).Distinct().ToList();
            if (rectifications.Any(r => !IsFinished(r)))
            {
                continue;
            }

            var latest = rectifications.Max(r => r.CompletedOn!.Value);
            var days = Days(latest, c.AsOf);
            if (days > c.P.ReportBackWindowDays)
            {
                var related = problems.Select(pr => pr.Id).Concat(rectifications.Select(r => r.Id));
                yield return c.Finding("SUP-004", "opinion", o.Id, o.UnitId, Sorted(related), Detail("days", days));
            }
        }
    }

    // SUP-005: fewer than MinConcreteChars scalar values left of the measure once stock phrases and Z/P/S/C are gone.
    private static IEnumerable<ReferenceFinding> Sup005(Context c)
    {
        foreach (var r in c.Dataset.Rectifications)
        {
            var concrete = ReferenceText.ScalarCount(ReferenceText.ConcreteText(r.Measure, c.P.StockPhrases));
            if (concrete < c.P.MinConcreteChars)
            {
                yield return OfRectification(c, "SUP-005", r, Detail("concreteChars", concrete));
            }
        }
    }

    // SUP-006: same normalized text as problems of at least BoilerplateMinOwners distinct owner keys (itself included).
    private static IEnumerable<ReferenceFinding> Sup006(Context c)
    {
        var groups = c.Dataset.Problems
            .Select(pr => (Problem: pr, Text: c.NormalizedText(pr)))
            .Where(x => x.Text.Length > 0)
            .GroupBy(x => x.Text, x => x.Problem, StringComparer.Ordinal);
        foreach (var group in groups)
        {
            var owners = group.Select(pr => pr.OwnerKey).Distinct(StringComparer.Ordinal).Count();
            if (owners < c.P.BoilerplateMinOwners)
            {
                continue;
            }

            foreach (var pr in group)
            {
                var related = Sorted(group.Where(o => o.Id != pr.Id).Select(o => o.Id));
                yield return c.Finding("SUP-006", "problem", pr.Id, pr.UnitId, related, Detail("owners", owners));
            }
        }
    }

    // MIS-001: a team problem that comes from a personal opinion.
    private static IEnumerable<ReferenceFinding> Mis001(Context c)
    {
        foreach (var pr in c.Dataset.Problems.Where(pr => pr.Owner.Level == ProblemOwnerLevel.Team))
        {
            var personal = pr.OpinionIds.Where(id => c.Opinions[id].TargetPersonId is not null).ToList();
            if (personal.Count > 0)
            {
                yield return c.Finding("MIS-001", "problem", pr.Id, pr.UnitId, Sorted(personal), null);
            }
        }
    }

    // MIS-002: a leader of a unit with team problems who owns no problem.
    private static IEnumerable<ReferenceFinding> Mis002(Context c)
    {
        var unitsWithTeamProblems = c.Dataset.Problems.Where(pr => pr.Owner.Level == ProblemOwnerLevel.Team)
            .Select(pr => pr.UnitId).ToHashSet(StringComparer.Ordinal);
        var owners = c.Dataset.Problems.Where(pr => pr.Owner.PersonId is not null)
            .Select(pr => pr.Owner.PersonId!).ToHashSet(StringComparer.Ordinal);
        return from person in c.Dataset.People
               where person.Role is PersonRole.PrincipalLeader or PersonRole.TeamMember
               where unitsWithTeamProblems.Contains(person.UnitId) && !owners.Contains(person.Id)
               select c.Finding("MIS-002", "person", person.Id, person.UnitId, [], null);
    }

    // MIS-003: an individual problem with the same normalized text as a team problem of the same unit.
    private static IEnumerable<ReferenceFinding> Mis003(Context c)
    {
        var teamTexts = c.Dataset.Problems
            .Where(pr => pr.Owner.Level == ProblemOwnerLevel.Team && c.NormalizedText(pr).Length > 0)
            .ToLookup(pr => (pr.UnitId, c.NormalizedText(pr)));
        foreach (var pr in c.Dataset.Problems.Where(pr => pr.Owner.Level == ProblemOwnerLevel.Individual))
        {
            var text = c.NormalizedText(pr);
            if (text.Length == 0)
            {
                continue;
            }

            var teams = teamTexts[(pr.UnitId, text)].ToList();
            if (teams.Count > 0)
            {
                yield return c.Finding("MIS-003", "problem", pr.Id, pr.UnitId, Sorted(teams.Select(t => t.Id)), null);
            }
        }
    }

    // MIS-004: an owner with a work problem and no four-winds problem.
    private static IEnumerable<ReferenceFinding> Mis004(Context c)
    {
        foreach (var owner in c.Dataset.Problems.GroupBy(pr => pr.OwnerKey, StringComparer.Ordinal))
        {
            var work = owner.Where(pr => pr.Category == ProblemCategory.Work).ToList();
            if (work.Count == 0 || owner.Any(pr => pr.Category == ProblemCategory.FourWinds))
            {
                continue;
            }

            var first = owner.First();
            var related = Sorted(work.Select(pr => pr.Id));
            yield return first.Owner.PersonId is { } personId
                ? c.Finding("MIS-004", "person", personId, c.Dataset.FindPerson(personId)!.UnitId, related, null)
                : c.Finding("MIS-004", "unit", first.UnitId, first.UnitId, related, null);
        }
    }

    // MIS-005: the unit has focus ids and problems, but none of its problems carries one of its focus ids.
    private static IEnumerable<ReferenceFinding> Mis005(Context c)
    {
        var lists = c.P.FocusLists ?? c.Dataset.Campaign.FocusLists;
        var catalog = c.P.Catalog ?? FocusCatalog.Default;
        var problemsOfUnit = c.Dataset.Problems.ToLookup(pr => pr.UnitId, StringComparer.Ordinal);
        foreach (var u in c.Dataset.Units)
        {
            var focus = catalog.FocusIdsFor(u.Kind, lists).ToHashSet(StringComparer.Ordinal);
            var problems = problemsOfUnit[u.Id].ToList();
            if (focus.Count > 0 && problems.Count > 0 && !problems.Any(pr => pr.FocusId is not null && focus.Contains(pr.FocusId)))
            {
                yield return c.Finding("MIS-005", "unit", u.Id, u.Id, [], null);
            }
        }
    }

    // MIS-006: one of its problems is owned by a person P and the responsible person is not P.
    private static IEnumerable<ReferenceFinding> Mis006(Context c) =>
        from r in c.Dataset.Rectifications
        where r.ProblemIds.Select(id => c.Problems[id].Owner.PersonId)
            .Any(owner => owner is not null && !string.Equals(owner, r.ResponsiblePersonId, StringComparison.Ordinal))
        select OfRectification(c, "MIS-006", r);

    // INC-001: scheduled without a deadline.
    private static IEnumerable<ReferenceFinding> Inc001(Context c) =>
        from r in c.Dataset.Rectifications
        where r.Mode == RectificationMode.Scheduled && r.Deadline is null
        select OfRectification(c, "INC-001", r);

    // INC-002: neither a responsible person nor a responsible unit.
    private static IEnumerable<ReferenceFinding> Inc002(Context c) =>
        from r in c.Dataset.Rectifications
        where r.ResponsiblePersonId is null && r.ResponsibleUnitId is null
        select OfRectification(c, "INC-002", r);

    // INC-003: education.end < education.start + MinEducationMonths (DateOnly.AddMonths clamps to the month's end).
    private static IEnumerable<ReferenceFinding> Inc003(Context c) =>
        from u in c.Dataset.Units
        where u.Education is { } e && e.End < e.Start.AddMonths(c.P.MinEducationMonths)
        select c.Finding("INC-003", "unit", u.Id, u.Id, [], Detail("days", Days(u.Education!.Value.Start, u.Education!.Value.End)));

    // ESC-001: at least AtRiskThreshold high findings (effective severity) of other enabled rules in the unit.
    private static IEnumerable<ReferenceFinding> Esc001(Context c, IReadOnlyList<ReferenceFinding> others) =>
        from f in others
        where f.RuleId != "ESC-001" && f.Severity == "high"
        group f by f.UnitId into unit
        let count = unit.Count()
        where count >= c.P.AtRiskThreshold
        select c.Finding("ESC-001", "unit", unit.Key, unit.Key, [], Detail("highFindings", count));

    private sealed class Context
    {
        private readonly Dictionary<string, string> _normalized = new(StringComparer.Ordinal);

        public Context(CampaignDataset dataset, DateOnly asOf, ReferenceParameters p)
        {
            Dataset = dataset;
            AsOf = asOf;
            P = p;
            Problems = dataset.Problems.ToDictionary(pr => pr.Id, StringComparer.Ordinal);
            Opinions = dataset.Opinions.ToDictionary(o => o.Id, StringComparer.Ordinal);
            RectificationsOfProblem = dataset.Rectifications
                .SelectMany(r => r.ProblemIds.Distinct(StringComparer.Ordinal).Select(id => (ProblemId: id, Rectification: r)))
                .ToLookup(x => x.ProblemId, x => x.Rectification, StringComparer.Ordinal);
        }

        public CampaignDataset Dataset { get; }

        public DateOnly AsOf { get; }

        public ReferenceParameters P { get; }

        public Dictionary<string, Problem> Problems { get; }

        public Dictionary<string, Domain.Opinions.Opinion> Opinions { get; }

        public ILookup<string, Rectification> RectificationsOfProblem { get; }

        public string NormalizedText(Problem problem)
        {
            if (!_normalized.TryGetValue(problem.Id, out var text))
            {
                text = ReferenceText.Normalize(problem.Text);
                _normalized.Add(problem.Id, text);
            }

            return text;
        }

        public ReferenceFinding Finding(
            string ruleId, string subjectType, string subjectId, string unitId, IReadOnlyList<string> related, IReadOnlyDictionary<string, double>? details)
        {
            var severity = P.SeverityOverrides.TryGetValue(ruleId, out var overridden) ? overridden : DefaultSeverities[ruleId];
            return new ReferenceFinding(ruleId, severity, subjectType, subjectId, unitId, related, details ?? NoDetails);
        }
    }
}
