using Campaign.Domain.Problems;

namespace Campaign.Domain.Tests.Problems;

public class ProblemOwnerTests
{
    [Fact]
    public void Key_OfTheTeam_NamesTheUnit()
    {
        ProblemOwner.Team.Key("U-WD").Should().Be("team:U-WD");
    }

    [Fact]
    public void Key_OfAPerson_NamesThePersonNotTheUnit()
    {
        ProblemOwner.Individual("P-01").Key("U-WD").Should().Be("person:P-01");
    }

    [Fact]
    public void Equality_IsByValue()
    {
        ProblemOwner.Individual("P-1").Should().Be(ProblemOwner.Individual("P-1"));
        (ProblemOwner.Individual("P-1") == ProblemOwner.Individual("P-1")).Should().BeTrue();
        ProblemOwner.Individual("P-1").GetHashCode().Should().Be(ProblemOwner.Individual("P-1").GetHashCode());
        ProblemOwner.Individual("P-1").Should().NotBe(ProblemOwner.Individual("P-2"));
        (ProblemOwner.Individual("P-1") != ProblemOwner.Team).Should().BeTrue();
    }

    [Fact]
    public void Levels_AreReported()
    {
        ProblemOwner.Team.Level.Should().Be(ProblemOwnerLevel.Team);
        ProblemOwner.Team.PersonId.Should().BeNull();
        ProblemOwner.Individual("P-1").Level.Should().Be(ProblemOwnerLevel.Individual);
        ProblemOwner.Individual("P-1").PersonId.Should().Be("P-1");
    }

    [Fact]
    public void Individual_EmptyPersonId_Throws()
    {
        var act = () => ProblemOwner.Individual("");

        act.Should().Throw<ArgumentException>().Which.ParamName.Should().Be("personId");
    }
}
