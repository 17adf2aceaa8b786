using System.Reflection;
using Campaign.Domain.Campaigns;
using Campaign.Domain.Events;
using Campaign.Domain.Opinions;
using Campaign.Domain.Rectifications;
using Campaign.Domain.Testing;
using Campaign.Domain.Units;

namespace Campaign.Domain.Tests.Events;

/// <summary>
/// Every public method of a domain entity is either a known query or a known mutator, and every known mutator raises
/// its event: an entity that gains a public method fails here until the method is listed (with its event if it changes state).
/// </summary>
public class DomainEventConventionTests
{
    private static readonly string[] EntityNamespaces =
    [
        "Campaign.Domain.Campaigns", "Campaign.Domain.Units", "Campaign.Domain.People", "Campaign.Domain.Opinions",
        "Campaign.Domain.Problems", "Campaign.Domain.Rectifications",
    ];

    // Each mutator with the event it raises and a call that succeeds on a fresh, followed entity.
    private static readonly Dictionary<string, (Type Event, Func<DomainEvents, object> Act)> Mutators = new()
    {
        ["Rectification.Start"] = (typeof(RectificationStarted), hub => Followed(hub, new DatasetBuilder().Rectification("R-1", ["PR-1"], RectificationStatus.NotStarted, noDeadline: true).BuildRectification()).Also(r => r.Start())),
        ["Rectification.Complete"] = (typeof(RectificationCompleted), hub => Followed(hub, new DatasetBuilder().Rectification("R-1", ["PR-1"], RectificationStatus.NotStarted, noDeadline: true).BuildRectification()).Also(r => r.Complete(DatasetBuilder.DefaultDay, [new Evidence(EvidenceKind.Document, "文件1号")]))),
        ["Rectification.CloseOff"] = (typeof(RectificationClosedOff), hub => Followed(hub, new DatasetBuilder().Rectification("R-1", ["PR-1"], RectificationStatus.Completed, completedOn: DatasetBuilder.DefaultDay, noDeadline: true, noEvidence: true, noEvaluation: true).BuildRectification()).Also(r => r.CloseOff())),
        ["Rectification.Evaluate"] = (typeof(RectificationEvaluated), hub => Followed(hub, new DatasetBuilder().Rectification("R-1", ["PR-1"], RectificationStatus.NotStarted, noDeadline: true).BuildRectification()).Also(r => r.Evaluate(new Evaluation(EvaluatorKind.Masses, DatasetBuilder.DefaultDay, 0.9, 10)))),
        ["Rectification.AddEvidence"] = (typeof(RectificationEvidenceAdded), hub => Followed(hub, new DatasetBuilder().Rectification("R-1", ["PR-1"], RectificationStatus.NotStarted, noDeadline: true).BuildRectification()).Also(r => r.AddEvidence(new Evidence(EvidenceKind.Document, "文件1号")))),
        ["Rectification.SetDeadline"] = (typeof(RectificationDeadlineSet), hub => Followed(hub, new DatasetBuilder().Rectification("R-1", ["PR-1"], RectificationStatus.NotStarted, noDeadline: true).BuildRectification()).Also(r => r.SetDeadline(DatasetBuilder.DefaultDay))),
        ["Rectification.Reschedule"] = (typeof(RectificationRescheduled), hub => Followed(hub, new DatasetBuilder().Rectification("R-1", ["PR-1"], RectificationStatus.NotStarted, deadline: DatasetBuilder.DefaultDay).BuildRectification()).Also(r => r.Reschedule(DatasetBuilder.DefaultDay.AddDays(30)))),
        ["Rectification.AssignResponsiblePerson"] = (typeof(RectificationResponsiblePersonAssigned), hub => Followed(hub, new DatasetBuilder().Rectification("R-1", ["PR-1"], RectificationStatus.NotStarted, noDeadline: true).BuildRectification()).Also(r => r.AssignResponsiblePerson("P-2"))),
        ["Rectification.AssignResponsibleUnit"] = (typeof(RectificationResponsibleUnitAssigned), hub => Followed(hub, new DatasetBuilder().Rectification("R-1", ["PR-1"], RectificationStatus.NotStarted, noDeadline: true).BuildRectification()).Also(r => r.AssignResponsibleUnit("U-2"))),
        ["Opinion.Claim"] = (typeof(OpinionClaimed), hub => Followed(hub, new DatasetBuilder().Opinion("O-1", unclaimed: true).BuildOpinion()).Also(o => o.Claim(DatasetBuilder.DefaultDay, "P-1"))),
        ["Opinion.ReportBack"] = (typeof(OpinionReportedBack), hub => Followed(hub, new DatasetBuilder().Opinion("O-1", claimedOn: DatasetBuilder.DefaultDay).BuildOpinion()).Also(o => o.ReportBack(DatasetBuilder.DefaultDay))),
        ["WeakLaxOrganisation.StaffTeam"] = (typeof(WeakLaxTeamStaffed), hub => FollowedWeakLax(hub).Also(w => w.StaffTeam(DatasetBuilder.DefaultDay))),
        ["WeakLaxOrganisation.Consolidate"] = (typeof(WeakLaxConsolidated), hub => FollowedWeakLax(hub).Also(w => w.Consolidate(DatasetBuilder.DefaultDay))),
        ["WeakLaxOrganisation.AssignFirstSecretary"] = (typeof(WeakLaxFirstSecretaryAssigned), hub => FollowedWeakLax(hub).Also(w => w.AssignFirstSecretary("P-9"))),
        ["WeakLaxOrganisation.AdoptPlan"] = (typeof(WeakLaxPlanAdopted), hub => FollowedWeakLax(hub).Also(w => w.AdoptPlan())),
    };

    // Methods that read state and change nothing.
    private static readonly HashSet<string> Queries =
    [
        "CampaignDataset.FindUnit", "CampaignDataset.FindPerson", "CampaignDataset.FindOpinion", "CampaignDataset.FindProblem",
        "CampaignDataset.FindRectification", "CampaignDataset.ProblemsOfUnit", "CampaignDataset.PeopleOfUnit",
        "CampaignDataset.ChildrenOfUnit", "CampaignDataset.RectificationsOfProblem", "CampaignDataset.ProblemsOfOpinion",
        "CampaignDataset.ProblemsOfPerson", "ProblemOwner.Key", "ProblemOwner.Equals", "Period.Contains", "Period.Equals",
        "Period.Deconstruct", "Evaluation.Equals", "Evidence.Equals",
    ];

    public static TheoryData<string> MutatorNames() => [.. Mutators.Keys];

    [Fact]
    public void EveryPublicMethodOfAnEntity_IsAKnownQueryOrAKnownMutator()
    {
        var methods = typeof(CampaignDataset).Assembly.GetExportedTypes()
            .Where(t => EntityNamespaces.Contains(t.Namespace) && !t.IsEnum)
            .SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly))
            .Where(m => !m.IsSpecialName && !m.Name.StartsWith('<') && m.Name is not (nameof(ToString) or nameof(GetHashCode)) && m.GetBaseDefinition().DeclaringType != typeof(object))
            .Select(m => $"{m.DeclaringType!.Name}.{m.Name}")
            .Distinct()
            .ToList();

        methods.Should().Contain(Mutators.Keys, "the known mutators are found by the scan, so the scan looks where the entities are");
        methods.Where(m => !Mutators.ContainsKey(m) && !Queries.Contains(m)).Should().BeEmpty(
            "a public method of an entity must be listed: a mutator with the event it raises, or a query that changes nothing");
    }

    [Theory]
    [MemberData(nameof(MutatorNames))]
    public void EveryKnownMutator_RaisesItsEvent_OnceWithTheEntity(string mutator)
    {
        var hub = new DomainEvents();
        var heard = new List<IDomainEvent>();
        using var subscription = hub.Subscribe(heard.Add);

        var entity = Mutators[mutator].Act(hub);

        heard.Should().ContainSingle().Which.Should().BeOfType(Mutators[mutator].Event);
        Subject(heard[0]).Should().BeSameAs(entity);
    }

    private static object Subject(IDomainEvent domainEvent) => domainEvent switch
    {
        IRectificationEvent e => e.Rectification,
        IOpinionEvent e => e.Opinion,
        IWeakLaxOrganisationEvent e => e.Organisation,
        _ => throw new InvalidOperationException("An event of no known family: " + domainEvent.GetType().Name),
    };

    private static Rectification Followed(DomainEvents? hub, Rectification rectification)
    {
        hub?.Follow(rectification);
        return rectification;
    }

    private static Opinion Followed(DomainEvents? hub, Opinion opinion)
    {
        hub?.Follow(opinion);
        return opinion;
    }

    private static WeakLaxOrganisation FollowedWeakLax(DomainEvents? hub)
    {
        var unit = new DatasetBuilder().Unit("U-1", weakLax: new WeakLaxOrganisation(DatasetBuilder.DefaultDay.AddDays(-10))).BuildUnit();
        hub?.Follow(unit);
        return unit.WeakLax!;
    }
}

/// <summary>Lets a table of calls act on an entity and hand it on.</summary>
internal static class AlsoExtensions
{
    public static T Also<T>(this T value, Action<T> act)
    {
        act(value);
        return value;
    }
}
