using Campaign.Domain.Rectifications;
using Campaign.Domain.Tests.Builders;

namespace Campaign.Domain.Tests.Rectifications;

public class RectificationTests
{
    [Fact]
    public void Constructor_Defaults_AreNotStartedWithoutEvidence()
    {
        var rectification = A.Rectification();

        rectification.Status.Should().Be(RectificationStatus.NotStarted);
        rectification.IsOpen.Should().BeTrue();
        rectification.IsFinished.Should().BeFalse();
        rectification.CompletedOn.Should().BeNull();
        rectification.Evidence.Should().BeEmpty();
        rectification.Evaluation.Should().BeNull();
    }

    [Fact]
    public void Constructor_NoProblem_Throws()
    {
        var act = () => A.Rectification("R-3", problemIds: []);

        act.Should().Throw<ArgumentException>().WithMessage("*R-3*at least one problem*");
    }

    [Theory]
    [InlineData(RectificationStatus.Completed)]
    [InlineData(RectificationStatus.ClosedOff)]
    public void Constructor_FinishedWithoutCompletedOn_Throws(RectificationStatus status)
    {
        var act = () => A.Rectification("R-2", status: status);

        act.Should().Throw<ArgumentException>().WithMessage($"*R-2*{status}*completion day*").Which.ParamName.Should().Be("completedOn");
    }

    [Theory]
    [InlineData(RectificationStatus.NotStarted)]
    [InlineData(RectificationStatus.InProgress)]
    public void Constructor_OpenWithCompletedOn_Throws(RectificationStatus status)
    {
        var act = () => A.Rectification("R-2", status: status, completedOn: A.Day);

        act.Should().Throw<ArgumentException>().WithMessage($"*R-2*{status}*completion day*");
    }

    [Fact]
    public void Constructor_ClosedOffWithCompletedOnEvidenceAndEvaluation_IsAccepted()
    {
        var evaluation = new Evaluation(EvaluatorKind.Masses, A.D("2014-06-01"), 0.95, 40);

        var rectification = new Rectification(
            "R-1", ["PR-1", "PR-2"], "建立会议审批制度", RectificationMode.Scheduled, RectificationStatus.ClosedOff,
            "P-1", "U-1", A.D("2014-05-31"), A.D("2014-05-20"), [A.Evidence("会议纪要")], evaluation);

        rectification.IsFinished.Should().BeTrue();
        rectification.ProblemIds.Should().Equal("PR-1", "PR-2");
        rectification.ResponsiblePersonId.Should().Be("P-1");
        rectification.ResponsibleUnitId.Should().Be("U-1");
        rectification.Deadline.Should().Be(A.D("2014-05-31"));
        rectification.CompletedOn.Should().Be(A.D("2014-05-20"));
        rectification.Evidence.Should().Equal(A.Evidence("会议纪要"));
        rectification.Evaluation.Should().Be(evaluation);
    }

    [Fact]
    public void Start_WhenNotStarted_MovesToInProgress()
    {
        var rectification = A.Rectification();

        rectification.Start();

        rectification.Status.Should().Be(RectificationStatus.InProgress);
        rectification.IsOpen.Should().BeTrue();
    }

    [Theory]
    [InlineData(RectificationStatus.InProgress)]
    [InlineData(RectificationStatus.Completed)]
    [InlineData(RectificationStatus.ClosedOff)]
    public void Start_WhenNotNotStarted_ThrowsNamingIdAndStates(RectificationStatus status)
    {
        var rectification = Rectification("R-9", status);

        var act = rectification.Start;

        act.Should().Throw<InvalidOperationException>().WithMessage($"*R-9*cannot start*{status}*NotStarted*");
        rectification.Status.Should().Be(status);
    }

    [Fact]
    public void Complete_FromInProgress_SetsCompletedOnAndEvidence()
    {
        var rectification = Rectification("R-1", RectificationStatus.InProgress);

        rectification.Complete(A.D("2014-05-01"), [A.Evidence()]);

        rectification.Status.Should().Be(RectificationStatus.Completed);
        rectification.CompletedOn.Should().Be(A.D("2014-05-01"));
        rectification.Evidence.Should().ContainSingle().Which.Should().Be(A.Evidence());
        rectification.IsFinished.Should().BeTrue();
    }

    [Fact]
    public void Complete_FromNotStarted_IsAnImmediateFix()
    {
        var rectification = A.Rectification(mode: RectificationMode.Immediate);

        rectification.Complete(A.D("2014-04-02"), []);

        rectification.Status.Should().Be(RectificationStatus.Completed);
        rectification.Evidence.Should().BeEmpty("completing without evidence is legal; rule SUP-001 flags it");
    }

    [Fact]
    public void Complete_AddsToEarlierEvidence()
    {
        var rectification = A.Rectification();
        rectification.AddEvidence(A.Evidence("照片1"));

        rectification.Complete(A.Day, [A.Evidence("文件2")]);

        rectification.Evidence.Select(e => e.Reference).Should().Equal("照片1", "文件2");
    }

    [Theory]
    [InlineData(RectificationStatus.Completed)]
    [InlineData(RectificationStatus.ClosedOff)]
    public void Complete_WhenFinished_ThrowsNamingIdAndStates(RectificationStatus status)
    {
        var rectification = Rectification("R-4", status);

        var act = () => rectification.Complete(A.D("2014-09-01"), [A.Evidence()]);

        act.Should().Throw<InvalidOperationException>().WithMessage($"*R-4*cannot complete*{status}*NotStarted or InProgress*");
        rectification.CompletedOn.Should().Be(A.D("2014-05-01"));
        rectification.Evidence.Should().BeEmpty();
    }

    [Fact]
    public void Complete_WithANullEvidenceItem_ThrowsAndChangesNothing()
    {
        var rectification = A.Rectification();

        var act = () => rectification.Complete(A.Day, [null!]);

        act.Should().Throw<ArgumentNullException>();
        rectification.Status.Should().Be(RectificationStatus.NotStarted);
    }

    [Fact]
    public void CloseOff_AfterCompletion_MovesToClosedOffAndKeepsCompletedOn()
    {
        var rectification = Rectification("R-1", RectificationStatus.Completed);

        rectification.CloseOff();

        rectification.Status.Should().Be(RectificationStatus.ClosedOff);
        rectification.IsFinished.Should().BeTrue();
        rectification.CompletedOn.Should().Be(A.D("2014-05-01"));
    }

    [Theory]
    [InlineData(RectificationStatus.NotStarted)]
    [InlineData(RectificationStatus.InProgress)]
    [InlineData(RectificationStatus.ClosedOff)]
    public void CloseOff_WhenNotCompleted_ThrowsNamingIdAndStates(RectificationStatus status)
    {
        var rectification = Rectification("R-5", status);

        var act = rectification.CloseOff;

        act.Should().Throw<InvalidOperationException>().WithMessage($"*R-5*cannot close off*{status}*Completed*");
    }

    [Theory]
    [InlineData(RectificationStatus.NotStarted)]
    [InlineData(RectificationStatus.ClosedOff)]
    public void Evaluate_InAnyStatus_RecordsTheEvaluation(RectificationStatus status)
    {
        var rectification = Rectification("R-1", status);
        var evaluation = new Evaluation(EvaluatorKind.Masses, A.Day, 0.8, 20);

        rectification.Evaluate(evaluation);

        rectification.Evaluation.Should().Be(evaluation);
    }

    [Fact]
    public void Evaluate_Again_ReplacesTheEarlierEvaluation()
    {
        var rectification = A.Rectification();
        rectification.Evaluate(new Evaluation(EvaluatorKind.Self, A.Day));

        rectification.Evaluate(new Evaluation(EvaluatorKind.Masses, A.Day.AddDays(1), 0.9));

        rectification.Evaluation!.By.Should().Be(EvaluatorKind.Masses);
    }

    [Fact]
    public void SetDeadline_OnAnOpenItemWithout_SetsIt()
    {
        var rectification = A.Rectification();

        rectification.SetDeadline(A.D("2014-06-30"));

        rectification.Deadline.Should().Be(A.D("2014-06-30"));
    }

    [Fact]
    public void SetDeadline_WhenOneIsSet_ThrowsPointingToReschedule()
    {
        var rectification = A.Rectification("R-6", deadline: A.D("2014-06-30"));

        var act = () => rectification.SetDeadline(A.D("2014-07-31"));

        act.Should().Throw<InvalidOperationException>().WithMessage("*R-6*2014-06-30*Reschedule*");
    }

    [Fact]
    public void Reschedule_MovesTheDeadline()
    {
        var rectification = A.Rectification(deadline: A.D("2014-06-30"));

        rectification.Reschedule(A.D("2014-07-31"));

        rectification.Deadline.Should().Be(A.D("2014-07-31"));
    }

    [Fact]
    public void Reschedule_WithoutDeadline_ThrowsPointingToSetDeadline()
    {
        var rectification = A.Rectification("R-7");

        var act = () => rectification.Reschedule(A.D("2014-07-31"));

        act.Should().Throw<InvalidOperationException>().WithMessage("*R-7*no deadline*SetDeadline*");
    }

    [Fact]
    public void DeadlineChanges_WhenFinished_Throw()
    {
        var rectification = A.Rectification("R-8", status: RectificationStatus.Completed, deadline: A.D("2014-06-30"), completedOn: A.D("2014-06-01"));

        var reschedule = () => rectification.Reschedule(A.D("2014-07-31"));

        reschedule.Should().Throw<InvalidOperationException>().WithMessage("*R-8*Completed*finished*");
        rectification.Deadline.Should().Be(A.D("2014-06-30"));
    }

    [Fact]
    public void AssignResponsible_SetsPersonAndUnit()
    {
        var rectification = A.Rectification();

        rectification.AssignResponsiblePerson("P-9");
        rectification.AssignResponsibleUnit("U-9");

        rectification.ResponsiblePersonId.Should().Be("P-9");
        rectification.ResponsibleUnitId.Should().Be("U-9");
    }

    [Fact]
    public void Evidence_IsCopiedAndReadOnly()
    {
        var evidence = new List<Evidence> { A.Evidence() };
        var rectification = new Rectification("R-1", ["PR-1"], "措施", RectificationMode.Immediate, evidence: evidence);

        evidence.Add(A.Evidence("另一份"));
        var add = () => ((ICollection<Evidence>)rectification.Evidence).Add(A.Evidence("x"));

        rectification.Evidence.Should().ContainSingle();
        add.Should().Throw<NotSupportedException>();
    }

    private static Rectification Rectification(string id, RectificationStatus status) =>
        A.Rectification(id, status: status, completedOn: status is RectificationStatus.Completed or RectificationStatus.ClosedOff ? A.D("2014-05-01") : null);
}
