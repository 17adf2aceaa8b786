using Campaign.Domain.Campaigns;
using Campaign.Domain.Events;
using Campaign.Domain.Rectifications;
using Campaign.Domain.Testing;
using Campaign.Domain.Units;

namespace Campaign.Domain.Tests.Events;

public class DomainEventsTests
{
    [Fact]
    public void DatasetEvents_HearChangesMadeOnTheRecords()
    {
        var dataset = new DatasetBuilder()
            .Unit("U-1", weakLax: new WeakLaxOrganisation(DatasetBuilder.DefaultDay))
            .Opinion("O-1", unclaimed: true)
            .Problem("PR-1")
            .Rectification("R-1", status: RectificationStatus.NotStarted, deadline: DatasetBuilder.DefaultDay)
            .Build();
        var (rectification, opinion, unit) = (dataset.Rectifications[0], dataset.Opinions[0], dataset.Units[0]);
        var heard = new List<IDomainEvent>();
        dataset.Events.Subscribe(heard.Add);

        rectification.Reschedule(DatasetBuilder.DefaultDay.AddDays(7));
        opinion.Claim(DatasetBuilder.DefaultDay);
        unit.WeakLax!.AdoptPlan();

        heard.Should().Equal(
            new RectificationRescheduled(rectification, DatasetBuilder.DefaultDay, DatasetBuilder.DefaultDay.AddDays(7)),
            new OpinionClaimed(opinion, DatasetBuilder.DefaultDay, null),
            new WeakLaxPlanAdopted(unit.WeakLax));
    }

    [Fact]
    public void ARefusedChange_RaisesNothing()
    {
        var dataset = new DatasetBuilder().Problem("PR-1").Rectification("R-1", status: RectificationStatus.NotStarted, noDeadline: true).Build();
        var heard = new List<IDomainEvent>();
        dataset.Events.Subscribe(heard.Add);

        var act = () => dataset.Rectifications[0].Reschedule(DatasetBuilder.DefaultDay);

        act.Should().Throw<InvalidOperationException>();
        heard.Should().BeEmpty();
    }

    [Fact]
    public void TwoDatasetsOverTheSameRecord_BothHearIt_AndADisposedSubscriptionHearsNoMore()
    {
        var first = new DatasetBuilder().Problem("PR-1").Rectification("R-1", status: RectificationStatus.NotStarted, noDeadline: true).Build();
        var rectification = first.Rectifications[0];
        var second = new CampaignDataset(first.Campaign, first.Units, problems: first.Problems, rectifications: [rectification]);
        var heardByFirst = new List<IDomainEvent>();
        var heardBySecond = new List<IDomainEvent>();
        var subscription = first.Events.Subscribe(heardByFirst.Add);
        second.Events.Subscribe(heardBySecond.Add);

        rectification.Start();
        subscription.Dispose();
        rectification.AddEvidence(new Evidence(EvidenceKind.Document, "文件1号"));

        heardByFirst.Should().Equal(new RectificationStarted(rectification));
        heardBySecond.Should().HaveCount(2).And.EndWith(new RectificationEvidenceAdded(rectification, new Evidence(EvidenceKind.Document, "文件1号")));
    }

    [Fact]
    public void ARecordOfNoDataset_IsHeardOnceFollowed_AndOnlyOnceWhenFollowedTwice()
    {
        var hub = new DomainEvents();
        var heard = new List<IDomainEvent>();
        hub.Subscribe(heard.Add);
        var rectification = new DatasetBuilder().Rectification("R-1", ["PR-1"], RectificationStatus.NotStarted, noDeadline: true).BuildRectification();

        rectification.AssignResponsibleUnit("U-1");
        hub.Follow(rectification);
        hub.Follow(rectification);
        rectification.AssignResponsibleUnit("U-2");

        heard.Should().Equal(new RectificationResponsibleUnitAssigned(rectification, "U-1", "U-2"));
    }
}
