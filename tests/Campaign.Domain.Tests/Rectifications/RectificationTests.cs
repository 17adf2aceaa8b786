using Campaign.Domain.Rectifications;
using Campaign.Domain.Testing;

namespace Campaign.Domain.Tests.Rectifications;

public class RectificationTests
{
    [Fact]
    public void Constructor_Defaults_AreNotStartedWithoutEvidence()
    {
        var rectification = new DatasetBuilder().Rectification("R-1", ["PR-1"], RectificationStatus.NotStarted, noDeadline: true).BuildRectification();

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
        var act = () => new DatasetBuilder().Rectification("R-3", [], RectificationStatus.NotStarted, noDeadline: true).BuildRectification();

        act.Should().Throw<ArgumentException>().WithMessage("*R-3*at least one problem*");
    }

    [Theory]
    [InlineData(RectificationStatus.Completed)]
    [InlineData(RectificationStatus.ClosedOff)]
    public void Constructor_FinishedWithoutCompletedOn_Throws(RectificationStatus status)
    {
        var act = () => new Rectification("R-2", ["PR-1"], "建立会议审批制度", RectificationMode.Scheduled, status, "P-1", null, null, completedOn: null);

        act.Should().Throw<ArgumentException>().WithMessage($"*R-2*{status}*completion day*").Which.ParamName.Should().Be("completedOn");
    }

    [Theory]
    [InlineData(RectificationStatus.NotStarted)]
    [InlineData(RectificationStatus.InProgress)]
    public void Constructor_OpenWithCompletedOn_Throws(RectificationStatus status)
    {
        var act = () => new DatasetBuilder().Rectification("R-2", ["PR-1"], status, completedOn: DatasetBuilder.DefaultDay, noDeadline: true).BuildRectification();

        act.Should().Throw<ArgumentException>().WithMessage($"*R-2*{status}*completion day*");
    }

    [Fact]
    public void Constructor_ClosedOffWithCompletedOnEvidenceAndEvaluation_IsAccepted()
    {
        var evaluation = new Evaluation(EvaluatorKind.Masses, new DateOnly(2014, 6, 1), 0.95, 40);

        var rectification = new Rectification(
            "R-1", ["PR-1", "PR-2"], "建立会议审批制度", RectificationMode.Scheduled, RectificationStatus.ClosedOff,
            "P-1", "U-1", new DateOnly(2014, 5, 31), new DateOnly(2014, 5, 20), [new Evidence(EvidenceKind.Document, "会议纪要")], evaluation);

        rectification.IsFinished.Should().BeTrue();
        rectification.ProblemIds.Should().Equal("PR-1", "PR-2");
        rectification.ResponsiblePersonId.Should().Be("P-1");
        rectification.ResponsibleUnitId.Should().Be("U-1");
        rectification.Deadline.Should().Be(new DateOnly(2014, 5, 31));
        rectification.CompletedOn.Should().Be(new DateOnly(2014, 5, 20));
        rectification.Evidence.Should().Equal(new Evidence(EvidenceKind.Document, "会议纪要"));
        rectification.Evaluation.Should().Be(evaluation);
    }

    [Fact]
    public void Start_WhenNotStarted_MovesToInProgress()
    {
        var rectification = new DatasetBuilder().Rectification("R-1", ["PR-1"], RectificationStatus.NotStarted, noDeadline: true).BuildRectification();

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

        rectification.Complete(new DateOnly(2014, 5, 1), [new Evidence(EvidenceKind.Document, "文件1号")]);

        rectification.Status.Should().Be(RectificationStatus.Completed);
        rectification.CompletedOn.Should().Be(new DateOnly(2014, 5, 1));
        rectification.Evidence.Should().ContainSingle().Which.Should().Be(new Evidence(EvidenceKind.Document, "文件1号"));
        rectification.IsFinished.Should().BeTrue();
    }

    [Fact]
    public void Complete_FromNotStarted_IsAnImmediateFix()
    {
        var rectification = new DatasetBuilder().Rectification("R-1", ["PR-1"], RectificationStatus.NotStarted, noDeadline: true, mode: RectificationMode.Immediate).BuildRectification();

        rectification.Complete(new DateOnly(2014, 4, 2), []);

        rectification.Status.Should().Be(RectificationStatus.Completed);
        rectification.Evidence.Should().BeEmpty("completing without evidence is legal; rule SUP-001 flags it");
    }

    [Fact]
    public void Complete_AddsToEarlierEvidence()
    {
        var rectification = new DatasetBuilder().Rectification("R-1", ["PR-1"], RectificationStatus.NotStarted, noDeadline: true).BuildRectification();
        rectification.AddEvidence(new Evidence(EvidenceKind.Document, "照片1"));

        rectification.Complete(DatasetBuilder.DefaultDay, [new Evidence(EvidenceKind.Document, "文件2")]);

        rectification.Evidence.Select(e => e.Reference).Should().Equal("照片1", "文件2");
    }

    [Theory]
    [InlineData(RectificationStatus.Completed)]
    [InlineData(RectificationStatus.ClosedOff)]
    public void Complete_WhenFinished_ThrowsNamingIdAndStates(RectificationStatus status)
    {
        var rectification = Rectification("R-4", status);

        var act = () => rectification.Complete(new DateOnly(2014, 9, 1), [new Evidence(EvidenceKind.Document, "文件1号")]);

        act.Should().Throw<InvalidOperationException>().WithMessage($"*R-4*cannot complete*{status}*NotStarted or InProgress*");
        rectification.CompletedOn.Should().Be(new DateOnly(2014, 5, 1));
        rectification.Evidence.Should().BeEmpty();
    }

    [Fact]
    public void Complete_WithANullEvidenceItem_ThrowsAndChangesNothing()
    {
        var rectification = new DatasetBuilder().Rectification("R-1", ["PR-1"], RectificationStatus.NotStarted, noDeadline: true).BuildRectification();

        var act = () => rectification.Complete(DatasetBuilder.DefaultDay, [null!]);

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
        rectification.CompletedOn.Should().Be(new DateOnly(2014, 5, 1));
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
        var evaluation = new Evaluation(EvaluatorKind.Masses, DatasetBuilder.DefaultDay, 0.8, 20);

        rectification.Evaluate(evaluation);

        rectification.Evaluation.Should().Be(evaluation);
    }

    [Fact]
    public void Evaluate_Again_ReplacesTheEarlierEvaluation()
    {
        var rectification = new DatasetBuilder().Rectification("R-1", ["PR-1"], RectificationStatus.NotStarted, noDeadline: true).BuildRectification();
        rectification.Evaluate(new Evaluation(EvaluatorKind.Self, DatasetBuilder.DefaultDay));

        rectification.Evaluate(new Evaluation(EvaluatorKind.Masses, DatasetBuilder.DefaultDay.AddDays(1), 0.9));

        rectification.Evaluation!.By.Should().Be(EvaluatorKind.Masses);
    }

    [Fact]
    public void SetDeadline_OnAnOpenItemWithout_SetsIt()
    {
        var rectification = new DatasetBuilder().Rectification("R-1", ["PR-1"], RectificationStatus.NotStarted, noDeadline: true).BuildRectification();

        rectification.SetDeadline(new DateOnly(2014, 6, 30));

        rectification.Deadline.Should().Be(new DateOnly(2014, 6, 30));
    }

    [Fact]
    public void SetDeadline_WhenOneIsSet_ThrowsPointingToReschedule()
    {
        var rectification = new DatasetBuilder().Rectification("R-6", ["PR-1"], RectificationStatus.NotStarted, deadline: new DateOnly(2014, 6, 30)).BuildRectification();

        var act = () => rectification.SetDeadline(new DateOnly(2014, 7, 31));

        act.Should().Throw<InvalidOperationException>().WithMessage("*R-6*2014-06-30*Reschedule*");
    }

    [Fact]
    public void Reschedule_MovesTheDeadline()
    {
        var rectification = new DatasetBuilder().Rectification("R-1", ["PR-1"], RectificationStatus.NotStarted, deadline: new DateOnly(2014, 6, 30)).BuildRectification();

        rectification.Reschedule(new DateOnly(2014, 7, 31));

        rectification.Deadline.Should().Be(new DateOnly(2014, 7, 31));
    }

    [Fact]
    public void Reschedule_WithoutDeadline_ThrowsPointingToSetDeadline()
    {
        var rectification = new DatasetBuilder().Rectification("R-7", ["PR-1"], RectificationStatus.NotStarted, noDeadline: true).BuildRectification();

        var act = () => rectification.Reschedule(new DateOnly(2014, 7, 31));

        act.Should().Throw<InvalidOperationException>().WithMessage("*R-7*no deadline*SetDeadline*");
    }

    [Fact]
    public void DeadlineChanges_WhenFinished_Throw()
    {
        var rectification = new DatasetBuilder().Rectification("R-8", ["PR-1"], RectificationStatus.Completed, completedOn: new DateOnly(2014, 6, 1), deadline: new DateOnly(2014, 6, 30), noEvidence: true, noEvaluation: true).BuildRectification();

        var reschedule = () => rectification.Reschedule(new DateOnly(2014, 7, 31));

        reschedule.Should().Throw<InvalidOperationException>().WithMessage("*R-8*Completed*finished*");
        rectification.Deadline.Should().Be(new DateOnly(2014, 6, 30));
    }

    [Fact]
    public void AssignResponsible_SetsPersonAndUnit()
    {
        var rectification = new DatasetBuilder().Rectification("R-1", ["PR-1"], RectificationStatus.NotStarted, noDeadline: true).BuildRectification();

        rectification.AssignResponsiblePerson("P-9");
        rectification.AssignResponsibleUnit("U-9");

        rectification.ResponsiblePersonId.Should().Be("P-9");
        rectification.ResponsibleUnitId.Should().Be("U-9");
    }

    [Fact]
    public void Evidence_IsCopiedAndReadOnly()
    {
        var evidence = new List<Evidence> { new Evidence(EvidenceKind.Document, "文件1号") };
        var rectification = new Rectification("R-1", ["PR-1"], "措施", RectificationMode.Immediate, evidence: evidence);

        evidence.Add(new Evidence(EvidenceKind.Document, "另一份"));
        var add = () => ((ICollection<Evidence>)rectification.Evidence).Add(new Evidence(EvidenceKind.Document, "x"));

        rectification.Evidence.Should().ContainSingle();
        add.Should().Throw<NotSupportedException>();
    }

    private static Rectification Rectification(string id, RectificationStatus status) =>
        new DatasetBuilder().Rectification(id, ["PR-1"], status, completedOn: status is RectificationStatus.Completed or RectificationStatus.ClosedOff ? new DateOnly(2014, 5, 1) : null, noDeadline: true, noEvidence: true, noEvaluation: true).BuildRectification();
}
