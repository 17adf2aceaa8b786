using Campaign.Domain.Rectifications;
using Campaign.Domain.Specifications;
using Campaign.Domain.Testing;

namespace Campaign.Domain.Tests.Specifications;

public class RectificationSpecificationsTests
{
    [Theory]
    [InlineData(RectificationStatus.NotStarted, true)]
    [InlineData(RectificationStatus.InProgress, true)]
    [InlineData(RectificationStatus.Completed, false)]
    [InlineData(RectificationStatus.ClosedOff, false)]
    public void OpenAndFinished_FollowTheStatus(RectificationStatus status, bool open)
    {
        var rectification = Of(status, deadline: null);

        new OpenRectifications().IsSatisfiedBy(rectification).Should().Be(open);
        new FinishedRectifications().IsSatisfiedBy(rectification).Should().Be(!open);
        rectification.IsOpen.Should().Be(open);
    }

    [Fact]
    public void OverdueAsOf_TheDeadlineDayItself_IsNotOverdue()
    {
        var rectification = Of(RectificationStatus.InProgress, new DateOnly(2014, 6, 30));

        new OverdueRectifications(new DateOnly(2014, 6, 30)).IsSatisfiedBy(rectification).Should().BeFalse();
    }

    [Fact]
    public void OverdueAsOf_TheDayAfterTheDeadline_IsOverdue()
    {
        var rectification = Of(RectificationStatus.NotStarted, new DateOnly(2014, 6, 30));

        new OverdueRectifications(new DateOnly(2014, 7, 1)).IsSatisfiedBy(rectification).Should().BeTrue();
    }

    [Fact]
    public void OverdueAsOf_FinishedOrWithoutDeadline_IsNotOverdue()
    {
        var asOf = new DateOnly(2014, 12, 31);

        new OverdueRectifications(asOf).IsSatisfiedBy(Of(RectificationStatus.Completed, new DateOnly(2014, 6, 30))).Should().BeFalse();
        new OverdueRectifications(asOf).IsSatisfiedBy(Of(RectificationStatus.InProgress, null)).Should().BeFalse();
    }

    [Fact]
    public void Evaluate_KeepsOnlyTheOverdueItems()
    {
        var items = new[]
        {
            Of(RectificationStatus.InProgress, new DateOnly(2014, 6, 30), "R-1"),
            Of(RectificationStatus.InProgress, new DateOnly(2014, 7, 15), "R-2"),
            Of(RectificationStatus.Completed, new DateOnly(2014, 6, 30), "R-3"),
            Of(RectificationStatus.NotStarted, null, "R-4"),
        };

        var overdue = new OverdueRectifications(new DateOnly(2014, 7, 15)).Evaluate(items).Select(r => r.Id).ToList();

        overdue.Should().Equal("R-1");
    }

    [Fact]
    public void HasDeadlineAndInMode_Select()
    {
        var scheduled = Of(RectificationStatus.NotStarted, null);

        new RectificationsWithDeadline().IsSatisfiedBy(scheduled).Should().BeFalse();
        new RectificationsInMode(RectificationMode.Scheduled).IsSatisfiedBy(scheduled).Should().BeTrue();
        new RectificationsInMode(RectificationMode.Immediate).IsSatisfiedBy(scheduled).Should().BeFalse();
    }

    [Fact]
    public void Open_SeesStateChanges()
    {
        var rectification = Of(RectificationStatus.InProgress, null);

        rectification.Complete(DatasetBuilder.DefaultDay, []);

        new OpenRectifications().IsSatisfiedBy(rectification).Should().BeFalse();
    }

    private static Rectification Of(RectificationStatus status, DateOnly? deadline, string id = "R-1") =>
        new DatasetBuilder().Rectification(id, ["PR-1"], status, completedOn: status is RectificationStatus.Completed or RectificationStatus.ClosedOff ? new DateOnly(2014, 6, 1) : null, deadline: deadline, noDeadline: deadline is null, noEvidence: true, noEvaluation: true).BuildRectification();
}
