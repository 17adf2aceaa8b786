using Campaign.Domain.Campaigns;
using Campaign.Domain.Events;
using Campaign.Domain.Tests.Builders;
using Campaign.Domain.Units;

namespace Campaign.Domain.Tests.Events;

public class DomainEventsTests
{
    [Fact]
    public void DatasetEvents_HearChangesMadeOnTheRecords()
    {
        var rectification = A.Rectification(deadline: A.Day);
        var opinion = A.Opinion();
        var unit = A.Unit(weakLax: new WeakLaxOrganisation(A.Day));
        var dataset = new CampaignDataset(A.Campaign(), [unit], opinions: [opinion], problems: [A.Problem("PR-1")], rectifications: [rectification]);
        var heard = new List<IDomainEvent>();
        dataset.Events.Subscribe(heard.Add);

        rectification.Reschedule(A.Day.AddDays(7));
        opinion.Claim(A.Day);
        unit.WeakLax!.AdoptPlan();

        heard.Should().Equal(
            new RectificationRescheduled(rectification, A.Day, A.Day.AddDays(7)),
            new OpinionClaimed(opinion, A.Day, null),
            new WeakLaxPlanAdopted(unit.WeakLax));
    }

    [Fact]
    public void ARefusedChange_RaisesNothing()
    {
        var rectification = A.Rectification();
        var dataset = new CampaignDataset(A.Campaign(), [A.Unit()], problems: [A.Problem("PR-1")], rectifications: [rectification]);
        var heard = new List<IDomainEvent>();
        dataset.Events.Subscribe(heard.Add);

        var act = () => rectification.Reschedule(A.Day);

        act.Should().Throw<InvalidOperationException>();
        heard.Should().BeEmpty();
    }

    [Fact]
    public void TwoDatasetsOverTheSameRecord_BothHearIt_AndADisposedSubscriptionHearsNoMore()
    {
        var rectification = A.Rectification();
        var first = new CampaignDataset(A.Campaign(), [A.Unit()], problems: [A.Problem("PR-1")], rectifications: [rectification]);
        var second = new CampaignDataset(A.Campaign(), [A.Unit()], problems: [A.Problem("PR-1")], rectifications: [rectification]);
        var heardByFirst = new List<IDomainEvent>();
        var heardBySecond = new List<IDomainEvent>();
        var subscription = first.Events.Subscribe(heardByFirst.Add);
        second.Events.Subscribe(heardBySecond.Add);

        rectification.Start();
        subscription.Dispose();
        rectification.AddEvidence(A.Evidence());

        heardByFirst.Should().Equal(new RectificationStarted(rectification));
        heardBySecond.Should().HaveCount(2).And.EndWith(new RectificationEvidenceAdded(rectification, A.Evidence()));
    }

    [Fact]
    public void ARecordOfNoDataset_IsHeardOnceFollowed_AndOnlyOnceWhenFollowedTwice()
    {
        var hub = new DomainEvents();
        var heard = new List<IDomainEvent>();
        hub.Subscribe(heard.Add);
        var rectification = A.Rectification();

        rectification.AssignResponsibleUnit("U-1");
        hub.Follow(rectification);
        hub.Follow(rectification);
        rectification.AssignResponsibleUnit("U-2");

        heard.Should().Equal(new RectificationResponsibleUnitAssigned(rectification, "U-1", "U-2"));
    }
}
