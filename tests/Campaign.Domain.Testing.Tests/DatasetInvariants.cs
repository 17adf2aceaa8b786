using Campaign.Domain.Campaigns;
using Campaign.Domain.Focus;
using Campaign.Domain.Problems;
using Campaign.Domain.Rectifications;

namespace Campaign.Domain.Testing.Tests;

/// <summary>
/// Checks the validity rules of dataset.md on a dataset, independently of any reader: references resolve, owners
/// belong to their unit, no parent loops, winds only on four-winds problems, known focus ids and lists, completion
/// day iff finished, rates in 0..1, periods in order. Returns every broken rule.
/// </summary>
internal static class DatasetInvariants
{
    public static IReadOnlyList<string> Violations(CampaignDataset d)
    {
        var errors = new List<string>();
        var catalog = FocusCatalog.Default;
        void Check(bool ok, string message)
        {
            if (!ok)
            {
                errors.Add(message);
            }
        }

        foreach (var code in d.Campaign.FocusLists)
        {
            Check(catalog.ContainsList(code), $"campaign.focusLists: unknown list {code}");
        }

        foreach (var u in d.Units)
        {
            Check(u.ParentId is null || d.FindUnit(u.ParentId) is not null, $"unit {u.Id}: unknown parent {u.ParentId}");
            var seen = new HashSet<string>();
            for (var cur = u; cur?.ParentId is { } parent; cur = d.FindUnit(parent))
            {
                if (!seen.Add(cur.Id))
                {
                    errors.Add($"unit {u.Id}: parent chain loops");
                    break;
                }
            }

            Check(u.WeakLax?.FirstSecretaryId is null || d.FindPerson(u.WeakLax.FirstSecretaryId) is not null, $"unit {u.Id}: unknown first secretary");
        }

        foreach (var p in d.People)
        {
            Check(d.FindUnit(p.UnitId) is not null, $"person {p.Id}: unknown unit");
        }

        foreach (var o in d.Opinions)
        {
            Check(d.FindUnit(o.UnitId) is not null, $"opinion {o.Id}: unknown unit");
            Check(o.TargetPersonId is null || d.FindPerson(o.TargetPersonId) is not null, $"opinion {o.Id}: unknown target");
            Check(o.ClaimedById is null || d.FindPerson(o.ClaimedById) is not null, $"opinion {o.Id}: unknown claimant");
        }

        foreach (var p in d.Problems)
        {
            Check(d.FindUnit(p.UnitId) is not null, $"problem {p.Id}: unknown unit");
            if (p.Owner.PersonId is { } owner)
            {
                Check(d.FindPerson(owner)?.UnitId == p.UnitId, $"problem {p.Id}: owner {owner} is not of unit {p.UnitId}");
            }

            Check(p.FourWinds.Count == 0 || p.Category == ProblemCategory.FourWinds, $"problem {p.Id}: winds on a {p.Category} problem");
            Check(p.FocusId is null || catalog.Contains(p.FocusId), $"problem {p.Id}: unknown focus id {p.FocusId}");
            foreach (var id in p.OpinionIds)
            {
                Check(d.FindOpinion(id) is not null, $"problem {p.Id}: unknown opinion {id}");
            }
        }

        foreach (var r in d.Rectifications)
        {
            Check(r.ProblemIds.Count > 0, $"rectification {r.Id}: no problem");
            foreach (var id in r.ProblemIds)
            {
                Check(d.FindProblem(id) is not null, $"rectification {r.Id}: unknown problem {id}");
            }

            Check(r.ResponsiblePersonId is null || d.FindPerson(r.ResponsiblePersonId) is not null, $"rectification {r.Id}: unknown responsible person");
            Check(r.ResponsibleUnitId is null || d.FindUnit(r.ResponsibleUnitId) is not null, $"rectification {r.Id}: unknown responsible unit");
            Check(r.IsFinished == r.CompletedOn.HasValue, $"rectification {r.Id}: completedOn does not match status {r.Status}");
            Check(r.Evaluation?.SatisfiedRate is null or (>= 0 and <= 1), $"rectification {r.Id}: rate outside 0..1");
            Check(r.Evaluation is not { By: EvaluatorKind.Masses, SatisfiedRate: null }, $"rectification {r.Id}: mass evaluation without rate");
        }

        return errors;
    }

    /// <summary>Events that must not lie after the snapshot date of a generated dataset.</summary>
    public static IReadOnlyList<string> EventsAfter(CampaignDataset d, DateOnly asOf)
    {
        var errors = new List<string>();
        foreach (var o in d.Opinions)
        {
            if (o.ReceivedOn > asOf || o.ClaimedOn > asOf || o.ReportedBackOn > asOf || o.ClaimedOn < o.ReceivedOn || o.ReportedBackOn < o.ClaimedOn)
            {
                errors.Add($"opinion {o.Id}: dates out of order or after {asOf}");
            }
        }

        foreach (var p in d.Problems)
        {
            if (p.IdentifiedOn > asOf)
            {
                errors.Add($"problem {p.Id}: identified after {asOf}");
            }
        }

        foreach (var r in d.Rectifications)
        {
            if (r.CompletedOn > asOf || r.Evaluation?.On > asOf)
            {
                errors.Add($"rectification {r.Id}: completed or evaluated after {asOf}");
            }
        }

        foreach (var u in d.Units)
        {
            if (u.WeakLax is { } w && (w.TeamStaffedOn > asOf || w.ConsolidatedOn > asOf || w.TeamStaffedOn < w.DesignatedOn || w.ConsolidatedOn < w.DesignatedOn))
            {
                errors.Add($"unit {u.Id}: weak-lax dates out of order or after {asOf}");
            }
        }

        return errors;
    }
}
