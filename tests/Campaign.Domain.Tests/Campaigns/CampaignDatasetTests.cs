using Campaign.Domain.Campaigns;
using Campaign.Domain.Problems;
using Campaign.Domain.Tests.Builders;

namespace Campaign.Domain.Tests.Campaigns;

public class CampaignDatasetTests
{
    [Fact]
    public void Lookups_FindRecordsByIdAndRelation()
    {
        var dataset = new CampaignDataset(
            A.Campaign(),
            [A.Unit("U-1"), A.Unit("U-2", parentId: "U-1")],
            [A.Person("P-1", "U-1")],
            [A.Opinion("O-1", "U-1")],
            [A.Problem("PR-1", "U-1", ProblemOwner.Individual("P-1"), opinionIds: ["O-1"])],
            [A.Rectification("R-1", ["PR-1"])]);

        dataset.FindUnit("U-2")!.ParentId.Should().Be("U-1");
        dataset.FindUnit("nope").Should().BeNull();
        dataset.ChildrenOfUnit("U-1").Should().ContainSingle().Which.Id.Should().Be("U-2");
        dataset.ProblemsOfPerson("P-1").Should().ContainSingle().Which.Id.Should().Be("PR-1");
        dataset.ProblemsOfOpinion("O-1").Should().ContainSingle().Which.Id.Should().Be("PR-1");
        dataset.RectificationsOfProblem("PR-1").Should().ContainSingle().Which.Id.Should().Be("R-1");
        dataset.ProblemsOfUnit("U-2").Should().BeEmpty();
    }

    [Fact]
    public void Constructor_DuplicateUnitIds_ThrowsNamingThem()
    {
        var act = () => new CampaignDataset(A.Campaign(), [A.Unit("U-1"), A.Unit("U-1")]);

        act.Should().Throw<ArgumentException>().WithMessage("*units[1]*U-1*");
    }
}
