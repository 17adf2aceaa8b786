using Campaign.Domain.Rectifications;
using Campaign.Domain.Testing;

namespace Campaign.Compliance.Tests.Rules.Incomplete;

public class NoDeadlineTests
{
    [Fact]
    public void ScheduledWithoutDeadline_IsFlagged() =>
        RuleCheck.Subjects("INC-001", new DatasetBuilder().Unit("U-1").Problem("PR-1").Rectification("R-1", noDeadline: true).Build()).Should().Equal("R-1");

    [Fact]
    public void ImmediateWithoutDeadline_IsNotFlagged() =>
        RuleCheck.Subjects("INC-001", new DatasetBuilder().Unit("U-1").Problem("PR-1").Rectification("R-1", noDeadline: true, mode: RectificationMode.Immediate).Build()).Should().BeEmpty();

    [Fact]
    public void ScheduledWithDeadline_IsNotFlagged() =>
        RuleCheck.Subjects("INC-001", new DatasetBuilder().Unit("U-1").Problem("PR-1").Rectification("R-1", deadline: new DateOnly(2014, 9, 30)).Build()).Should().BeEmpty();
}
