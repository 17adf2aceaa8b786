using Campaign.Domain.Rectifications;
using Campaign.Domain.Tests.Builders;

namespace Campaign.Domain.Tests.Rectifications;

public class RectificationTests
{
    [Fact]
    public void Start_WhenNotStarted_MovesToInProgress()
    {
        var rectification = A.Rectification();

        rectification.Start();

        rectification.Status.Should().Be(RectificationStatus.InProgress);
        rectification.IsOpen.Should().BeTrue();
    }

    [Fact]
    public void Start_WhenInProgress_ThrowsNamingIdAndState()
    {
        var rectification = A.Rectification("R-9", status: RectificationStatus.InProgress);

        var act = rectification.Start;

        act.Should().Throw<InvalidOperationException>().WithMessage("*R-9*InProgress*NotStarted*");
    }

    [Fact]
    public void Complete_FromInProgress_SetsCompletedOnAndEvidence()
    {
        var rectification = A.Rectification(status: RectificationStatus.InProgress);

        rectification.Complete(A.D("2014-05-01"), [A.Evidence()]);

        rectification.Status.Should().Be(RectificationStatus.Completed);
        rectification.CompletedOn.Should().Be(A.D("2014-05-01"));
        rectification.Evidence.Should().ContainSingle().Which.Should().Be(A.Evidence());
        rectification.IsFinished.Should().BeTrue();
    }

    [Fact]
    public void Constructor_CompletedWithoutCompletedOn_Throws()
    {
        var act = () => A.Rectification("R-2", status: RectificationStatus.Completed);

        act.Should().Throw<ArgumentException>().WithMessage("*R-2*Completed*completion day*");
    }

    [Fact]
    public void Constructor_CompletedWithCompletedOn_IsAccepted()
    {
        var rectification = A.Rectification(status: RectificationStatus.ClosedOff, completedOn: A.D("2014-05-02"));

        rectification.IsFinished.Should().BeTrue();
        rectification.CompletedOn.Should().Be(A.D("2014-05-02"));
    }
}
