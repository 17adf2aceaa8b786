using Campaign.Domain.Campaigns;
using Campaign.Domain.Opinions;
using Campaign.Domain.People;
using Campaign.Domain.Problems;
using Campaign.Domain.Rectifications;
using Campaign.Domain.Serialization;
using Campaign.Domain.Units;

namespace Campaign.Domain.Tests.Serialization.Reference;

/// <summary>
/// Turns the records of a fully validated document into entities. Called only when the parser found no error, so
/// every required value is present; each record is dropped as soon as its entity exists to keep the peak low.
/// </summary>
internal static class ReferenceDatasetBuilder
{
    public static CampaignDataset Build(ReferenceDatasetParser parser)
    {
        var c = parser.Campaign!;
        var campaign = new CampaignRun(c.Name!, (CampaignBatch)c.Batch, c.Start!.Value, c.End!.Value, c.AsOf, c.FocusLists);

        var units = new Unit[parser.Units.Count];
        for (var i = 0; i < units.Length; i++)
        {
            var u = parser.Units[i];
            parser.Units[i] = null!;
            units[i] = new Unit(
                u.Id!,
                u.Name!,
                (UnitKind)u.Kind,
                (UnitLevel)u.Level,
                u.ParentId?.Id,
                u.HasEducation ? new Period(u.EducationStart!.Value, u.EducationEnd!.Value) : null,
                u.HasWeakLax ? new WeakLaxOrganisation(u.DesignatedOn!.Value, u.TeamStaffedOn, u.ConsolidatedOn, u.FirstSecretaryId?.Id, u.HasPlan) : null);
        }

        var people = new Person[parser.People.Count];
        for (var i = 0; i < people.Length; i++)
        {
            var p = parser.People[i];
            parser.People[i] = null!;
            people[i] = new Person(p.Id!, p.Name!, p.UnitId!.Value.Id, (PersonRole)p.Role);
        }

        var opinions = new Opinion[parser.Opinions.Count];
        for (var i = 0; i < opinions.Length; i++)
        {
            var o = parser.Opinions[i];
            parser.Opinions[i] = null!;
            opinions[i] = new Opinion(
                o.Id!, o.UnitId!.Value.Id, o.Text!, o.ReceivedOn!.Value, o.TargetPersonId?.Id, o.Channel, o.ClaimedOn, o.ClaimedById?.Id, o.ReportedBackOn);
        }

        var problems = new Problem[parser.Problems.Count];
        for (var i = 0; i < problems.Length; i++)
        {
            var p = parser.Problems[i];
            parser.Problems[i] = null!;
            var owner = p.OwnerLevel == (int)ProblemOwnerLevel.Individual ? ProblemOwner.Individual(p.OwnerPersonId!.Value.Id) : ProblemOwner.Team;
            problems[i] = new Problem(
                p.Id!,
                p.UnitId!.Value.Id,
                owner,
                (ProblemCategory)p.Category,
                p.Text!,
                (ProblemSource)p.Source,
                p.IdentifiedOn!.Value,
                Winds(p.FourWinds),
                p.FocusId,
                Ids(p.OpinionIds),
                (ProblemSeverity)p.Severity);
        }

        var rectifications = new Rectification[parser.Rectifications.Count];
        for (var i = 0; i < rectifications.Length; i++)
        {
            var r = parser.Rectifications[i];
            parser.Rectifications[i] = null!;
            rectifications[i] = new Rectification(
                r.Id!,
                Ids(r.ProblemIds)!,
                r.Measure!,
                (RectificationMode)r.Mode,
                (RectificationStatus)r.Status,
                r.ResponsiblePersonId?.Id,
                r.ResponsibleUnitId?.Id,
                r.Deadline,
                r.CompletedOn,
                Evidence(r.Evidence),
                r.HasEvaluation ? new Evaluation((EvaluatorKind)r.EvaluationBy, r.EvaluationOn!.Value, r.SatisfiedRate, r.Respondents) : null);
        }

        return new CampaignDataset(campaign, units, people, opinions, problems, rectifications);
    }

    private static FourWind[]? Winds(int[]? winds)
    {
        if (winds is null || winds.Length == 0)
        {
            return null;
        }

        var result = new FourWind[winds.Length];
        for (var i = 0; i < winds.Length; i++)
        {
            result[i] = (FourWind)winds[i];
        }

        return result;
    }

    private static string[]? Ids(IdRef[]? references)
    {
        if (references is null || references.Length == 0)
        {
            return null;
        }

        var ids = new string[references.Length];
        for (var i = 0; i < ids.Length; i++)
        {
            ids[i] = references[i].Id;
        }

        return ids;
    }

    private static Evidence[]? Evidence(EvidenceRecord[]? items)
    {
        if (items is null || items.Length == 0)
        {
            return null;
        }

        var evidence = new Evidence[items.Length];
        for (var i = 0; i < evidence.Length; i++)
        {
            evidence[i] = new Evidence((EvidenceKind)items[i].Kind, items[i].Reference!);
        }

        return evidence;
    }
}
