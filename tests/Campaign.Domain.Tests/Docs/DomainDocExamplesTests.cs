using Campaign.Domain.Campaigns;
using Campaign.Domain.Events;
using Campaign.Domain.Focus;
using Campaign.Domain.Problems;
using Campaign.Domain.Rectifications;
using Campaign.Domain.Specifications;
using Campaign.Domain.Testing;
using Campaign.Domain.Units;

namespace Campaign.Domain.Tests.Docs;

/// <summary>The C# examples of docs/domain.md, compiled and checked so the page stays true.</summary>
public class DomainDocExamplesTests
{
    [Fact]
    public void EntitiesExample_WorksAsWritten()
    {
        var unit = new Unit("U-BGSQ", "北关社区", UnitKind.VillageOrCommunity, UnitLevel.Village, parentId: "U-XDJ",
            weakLax: new WeakLaxOrganisation(designatedOn: new DateOnly(2014, 3, 20), hasPlan: true));
        var problem = new Problem("PR-01", "U-WD", ProblemOwner.Team, ProblemCategory.FourWinds, "会风文风转变不实,会议多、文件长",
            ProblemSource.Opinion, new DateOnly(2014, 4, 10), fourWinds: [FourWind.Formalism], focusId: "FP.WD.CTY.09",
            opinionIds: ["O-04"]);

        unit.IsWeakLax.Should().BeTrue();
        problem.OwnerKey.Should().Be("team:U-WD");
        ProblemOwner.Individual("P-01").Key("U-WD").Should().Be("person:P-01");
    }

    [Fact]
    public void TransitionsExample_WorksAsWritten()
    {
        var item = new Rectification("R-01", ["PR-01"], "建立会议审批制度", RectificationMode.Scheduled,
            responsiblePersonId: "P-01", deadline: new DateOnly(2014, 6, 30));
        item.Start();
        item.Complete(new DateOnly(2014, 6, 20), [new Evidence(EvidenceKind.Document, "魏都办〔2014〕12号")]);
        item.Evaluate(new Evaluation(EvaluatorKind.Masses, new DateOnly(2014, 7, 1), satisfiedRate: 0.93, respondents: 120));
        item.CloseOff();

        var act = item.Start;

        act.Should().Throw<InvalidOperationException>()
            .WithMessage("Rectification 'R-01' cannot start: it is ClosedOff; this is allowed only when it is NotStarted.");
    }

    [Fact]
    public void DomainEventsExample_WorksAsWritten()
    {
        var item = new Rectification("R-01", ["PR-01"], "建立会议审批制度", RectificationMode.Scheduled,
            deadline: new DateOnly(2014, 6, 30));
        var dataset = new CampaignDataset(new DatasetBuilder().Build().Campaign, [new DatasetBuilder().Unit("U-1").BuildUnit()], problems: [new DatasetBuilder().Problem("PR-01").BuildProblem()], rectifications: [item]);
        var heard = new List<IDomainEvent>();
        using var subscription = dataset.Events.Subscribe(heard.Add);

        item.Reschedule(new DateOnly(2014, 7, 15));

        heard.Should().Equal(new RectificationRescheduled(item, new DateOnly(2014, 6, 30), new DateOnly(2014, 7, 15)));
    }

    [Fact]
    public void FocusCatalogExample_WorksAsWritten()
    {
        var catalog = FocusCatalog.Default;

        catalog.Contains("FP.WD.CTY.09").Should().BeTrue();
        catalog.FocusIdsFor(UnitKind.ServiceIndustry, ["C", "WD"]).Should().Equal(
            "FP.C.LEW.01", "FP.C.LEW.02", "FP.C.LEW.03", "FP.C.LEW.04", "FP.C.LEW.05",
            "FP.WD.LEW.01", "FP.WD.LEW.02", "FP.WD.LEW.03", "FP.WD.LEW.04", "FP.WD.LEW.05", "FP.WD.LEW.06");
    }

    [Fact]
    public void SpecificationsExample_WorksAsWritten()
    {
        var rectifications = new[]
        {
            new Rectification("R-1", ["PR-1"], "措施", RectificationMode.Scheduled, deadline: new DateOnly(2014, 7, 14)),
            new Rectification("R-2", ["PR-1"], "措施", RectificationMode.Scheduled, deadline: new DateOnly(2014, 7, 15)),
        };

        var overdue = new OverdueRectifications(new DateOnly(2014, 7, 15));
        var late = overdue.Evaluate(rectifications);
        var isLate = overdue.IsSatisfiedBy(rectifications[1]);
        var teamWork = new TeamProblems().And(new ProblemsInCategory(ProblemCategory.Work));

        late.Select(r => r.Id).Should().Equal("R-1");
        isLate.Should().BeFalse();
        teamWork.IsSatisfiedBy(new Problem("PR-1", "U-1", ProblemOwner.Team, ProblemCategory.Work, "文", ProblemSource.Other, new DateOnly(2014, 4, 1)))
            .Should().BeTrue();
    }
}
