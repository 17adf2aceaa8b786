using Campaign.Domain.Testing;
using Campaign.Domain.Units;

namespace Campaign.Compliance.Tests.Rules.Mismatch;

public class FocusAvoidedTests
{
    [Fact]
    public void ProblemsWithoutAFocusIdOfTheUnitKind_AreFlagged()
    {
        var dataset = new DatasetBuilder().Unit("U-1", UnitKind.CountyLeadership)
            .Problem("PR-1", focusId: "FP.C.ALL.01").Problem("PR-2", focusId: "FP.C.VIL.01").Problem("PR-3").Build();

        RuleCheck.Subjects("MIS-005", dataset).Should().Equal("U-1");
    }

    [Fact]
    public void OneProblemWithAFocusIdOfTheKind_IsEnough() =>
        RuleCheck.Subjects("MIS-005", new DatasetBuilder().Unit("U-1", UnitKind.CountyLeadership).Problem("PR-1").Problem("PR-2", focusId: "FP.C.CTY.01").Build()).Should().BeEmpty();

    [Fact]
    public void AUnitWithoutProblems_IsNotFlagged() =>
        RuleCheck.Subjects("MIS-005", new DatasetBuilder().Unit("U-1", UnitKind.CountyLeadership).Build()).Should().BeEmpty();

    [Fact]
    public void ListsInUse_OptionOverridesTheDataset()
    {
        var dataset = new DatasetBuilder().Campaign(focusLists: ["C", "WD"]).Unit("U-1", UnitKind.CountyLeadership).Problem("PR-1", focusId: "FP.WD.CTY.09").Build();

        RuleCheck.Subjects("MIS-005", dataset).Should().BeEmpty();
        RuleCheck.Subjects("MIS-005", dataset, options: new ComplianceOptions { FocusLists = ["C"] }).Should().Equal("U-1");
    }
}
