using Campaign.Domain.Campaigns;
using Campaign.Domain.Opinions;
using Campaign.Domain.People;
using Campaign.Domain.Problems;
using Campaign.Domain.Rectifications;
using Campaign.Domain.Units;

namespace Campaign.Compliance.Tests.Builders;

/// <summary>
/// Builds small datasets where each test states only what matters. Campaign 2014-03-01..2014-09-30, asOf
/// 2014-07-15. Missing units named by records are added (kind countyLeadership), and so are team problems
/// named by rectifications.
/// </summary>
internal sealed class CampaignBuilder
{
    public static readonly DateOnly AsOf = new(2014, 7, 15);

    private readonly List<Unit> _units = [];
    private readonly List<Person> _people = [];
    private readonly List<Opinion> _opinions = [];
    private readonly List<Problem> _problems = [];
    private readonly List<Rectification> _rectifications = [];
    private string[]? _focusLists;
    private DateOnly _start = new(2014, 3, 1);

    public CampaignBuilder FocusLists(params string[] lists)
    {
        _focusLists = lists;
        return this;
    }

    public CampaignBuilder CampaignStart(DateOnly start)
    {
        _start = start;
        return this;
    }

    public CampaignBuilder Unit(string id, UnitKind kind = UnitKind.CountyLeadership, Period? education = null, WeakLaxOrganisation? weakLax = null)
    {
        _units.Add(new Unit(id, "单位 " + id, kind, UnitLevel.County, null, education, weakLax));
        return this;
    }

    public CampaignBuilder Person(string id, string unitId = "U-1", PersonRole role = PersonRole.TeamMember)
    {
        _people.Add(new Person(id, "人 " + id, unitId, role));
        return this;
    }

    public CampaignBuilder Opinion(
        string id,
        string unitId = "U-1",
        DateOnly? receivedOn = null,
        string? targetPersonId = null,
        DateOnly? claimedOn = null,
        DateOnly? reportedBackOn = null)
    {
        _opinions.Add(new Opinion(id, unitId, "意见 " + id, receivedOn ?? new DateOnly(2014, 4, 1), targetPersonId, null, claimedOn, null, reportedBackOn));
        return this;
    }

    public CampaignBuilder Problem(
        string id,
        string unitId = "U-1",
        string? personId = null,
        ProblemCategory category = ProblemCategory.FourWinds,
        string? text = null,
        DateOnly? identifiedOn = null,
        string? focusId = null,
        IEnumerable<string>? opinionIds = null)
    {
        _problems.Add(new Problem(
            id, unitId, personId is null ? ProblemOwner.Team : ProblemOwner.Individual(personId), category, text ?? "问题文本 " + id,
            ProblemSource.SelfExamination, identifiedOn ?? new DateOnly(2014, 4, 1), focusId: focusId, opinionIds: opinionIds));
        return this;
    }

    public CampaignBuilder Rectification(
        string id,
        IEnumerable<string>? problemIds = null,
        string measure = "每月召开群众座谈会并公开记录",
        RectificationMode mode = RectificationMode.Scheduled,
        RectificationStatus status = RectificationStatus.NotStarted,
        string? responsiblePersonId = null,
        string? responsibleUnitId = "U-1",
        DateOnly? deadline = null,
        DateOnly? completedOn = null,
        IEnumerable<Evidence>? evidence = null,
        Evaluation? evaluation = null)
    {
        _rectifications.Add(new Rectification(
            id, problemIds ?? ["PR-" + id], measure, mode, status, responsiblePersonId, responsibleUnitId, deadline, completedOn, evidence, evaluation));
        return this;
    }

    public CampaignDataset Build(DateOnly? asOf = null)
    {
        var units = new List<Unit>(_units);
        var problems = new List<Problem>(_problems);
        foreach (var rectification in _rectifications)
        {
            foreach (var problemId in rectification.ProblemIds)
            {
                if (!problems.Exists(p => p.Id == problemId))
                {
                    problems.Add(new Problem(problemId, "U-1", ProblemOwner.Team, ProblemCategory.FourWinds, "问题文本 " + problemId, ProblemSource.SelfExamination, new DateOnly(2014, 4, 1)));
                }
            }
        }

        var unitIds = _people.Select(p => p.UnitId).Concat(_opinions.Select(o => o.UnitId)).Concat(problems.Select(p => p.UnitId)).Append("U-1");
        foreach (var unitId in unitIds.Distinct())
        {
            if (!units.Exists(u => u.Id == unitId))
            {
                units.Add(new Unit(unitId, "单位 " + unitId, UnitKind.CountyLeadership, UnitLevel.County));
            }
        }

        var campaign = new CampaignRun("测试活动", CampaignBatch.Second, _start, _start.AddMonths(7), asOf ?? AsOf, _focusLists);
        return new CampaignDataset(campaign, units, _people, _opinions, problems, _rectifications);
    }
}
