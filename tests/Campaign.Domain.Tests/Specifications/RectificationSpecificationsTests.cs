using Campaign.Domain.Rectifications;
using Campaign.Domain.Specifications;
using Campaign.Domain.Tests.Builders;

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

        RectificationSpecifications.Open.IsSatisfiedBy(rectification).Should().Be(open);
        RectificationSpecifications.Finished.IsSatisfiedBy(rectification).Should().Be(!open);
        rectification.IsOpen.Should().Be(open);
    }

    [Fact]
    public void OverdueAsOf_TheDeadlineDayItself_IsNotOverdue()
    {
        var rectification = Of(RectificationStatus.InProgress, A.D("2014-06-30"));

        RectificationSpecifications.OverdueAsOf(A.D("2014-06-30")).IsSatisfiedBy(rectification).Should().BeFalse();
    }

    [Fact]
    public void OverdueAsOf_TheDayAfterTheDeadline_IsOverdue()
    {
        var rectification = Of(RectificationStatus.NotStarted, A.D("2014-06-30"));

        RectificationSpecifications.OverdueAsOf(A.D("2014-07-01")).IsSatisfiedBy(rectification).Should().BeTrue();
    }

    [Fact]
    public void OverdueAsOf_FinishedOrWithoutDeadline_IsNotOverdue()
    {
        var asOf = A.D("2014-12-31");

        RectificationSpecifications.OverdueAsOf(asOf).IsSatisfiedBy(Of(RectificationStatus.Completed, A.D("2014-06-30"))).Should().BeFalse();
        RectificationSpecifications.OverdueAsOf(asOf).IsSatisfiedBy(Of(RectificationStatus.InProgress, null)).Should().BeFalse();
    }

    [Fact]
    public void OverdueAsOf_WorksThroughIQueryable()
    {
        var items = new[]
        {
            Of(RectificationStatus.InProgress, A.D("2014-06-30"), "R-1"),
            Of(RectificationStatus.InProgress, A.D("2014-07-15"), "R-2"),
            Of(RectificationStatus.Completed, A.D("2014-06-30"), "R-3"),
            Of(RectificationStatus.NotStarted, null, "R-4"),
        };

        var overdue = items.AsQueryable().Where(RectificationSpecifications.OverdueAsOf(A.D("2014-07-15")).Expression).Select(r => r.Id).ToList();

        overdue.Should().Equal("R-1");
    }

    [Fact]
    public void HasDeadlineAndInMode_Select()
    {
        var scheduled = Of(RectificationStatus.NotStarted, null);

        RectificationSpecifications.HasDeadline.IsSatisfiedBy(scheduled).Should().BeFalse();
        RectificationSpecifications.InMode(RectificationMode.Scheduled).IsSatisfiedBy(scheduled).Should().BeTrue();
        RectificationSpecifications.InMode(RectificationMode.Immediate).IsSatisfiedBy(scheduled).Should().BeFalse();
    }

    [Fact]
    public void Open_SeesStateChanges()
    {
        var rectification = Of(RectificationStatus.InProgress, null);

        rectification.Complete(A.Day, []);

        RectificationSpecifications.Open.IsSatisfiedBy(rectification).Should().BeFalse();
    }

    private static Rectification Of(RectificationStatus status, DateOnly? deadline, string id = "R-1") =>
        A.Rectification(id, status: status, deadline: deadline,
            completedOn: status is RectificationStatus.Completed or RectificationStatus.ClosedOff ? A.D("2014-06-01") : null);
}
