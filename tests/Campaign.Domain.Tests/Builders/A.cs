using Campaign.Domain.Campaigns;
using Campaign.Domain.Opinions;
using Campaign.Domain.People;
using Campaign.Domain.Problems;
using Campaign.Domain.Rectifications;
using Campaign.Domain.Units;

namespace Campaign.Domain.Tests.Builders;

/// <summary>Small factories so each test states only what matters; every default is valid.</summary>
internal static class A
{
    public static readonly DateOnly Day = new(2014, 4, 1);

    public static DateOnly D(string isoDate) => DateOnly.Parse(isoDate, System.Globalization.CultureInfo.InvariantCulture);

    public static CampaignRun Campaign(DateOnly? start = null, DateOnly? end = null, IEnumerable<string>? focusLists = null) =>
        new("测试活动", CampaignBatch.Second, start ?? D("2014-03-01"), end ?? D("2014-09-30"), D("2014-07-15"), focusLists);

    public static Unit Unit(string id = "U-1", UnitKind kind = UnitKind.CountyLeadership, string? parentId = null, Period? education = null, WeakLaxOrganisation? weakLax = null) =>
        new(id, "单位" + id, kind, UnitLevel.County, parentId, education, weakLax);

    public static Person Person(string id = "P-1", string unitId = "U-1", PersonRole role = PersonRole.TeamMember) =>
        new(id, "人员" + id, unitId, role);

    public static Opinion Opinion(string id = "O-1", string unitId = "U-1", DateOnly? receivedOn = null, string? targetPersonId = null, DateOnly? claimedOn = null, DateOnly? reportedBackOn = null) =>
        new(id, unitId, "意见" + id, receivedOn ?? Day, targetPersonId, OpinionChannel.Forum, claimedOn, null, reportedBackOn);

    public static Problem Problem(
        string id = "PR-1",
        string unitId = "U-1",
        ProblemOwner? owner = null,
        ProblemCategory category = ProblemCategory.Work,
        IEnumerable<FourWind>? fourWinds = null,
        IEnumerable<string>? opinionIds = null,
        string? text = null,
        DateOnly? identifiedOn = null) =>
        new(id, unitId, owner ?? ProblemOwner.Team, category, text ?? "问题" + id, ProblemSource.SelfExamination, identifiedOn ?? Day, fourWinds, null, opinionIds);

    public static Rectification Rectification(
        string id = "R-1",
        IEnumerable<string>? problemIds = null,
        RectificationStatus status = RectificationStatus.NotStarted,
        DateOnly? deadline = null,
        DateOnly? completedOn = null,
        RectificationMode mode = RectificationMode.Scheduled) =>
        new(id, problemIds ?? ["PR-1"], "建立会议审批制度", mode, status, "P-1", null, deadline, completedOn);

    public static Evidence Evidence(string reference = "文件1号") => new(EvidenceKind.Document, reference);
}
