using Campaign.Domain.People;
using Campaign.Domain.Testing;

namespace Campaign.Domain.Tests.People;

public class PersonTests
{
    [Theory]
    [InlineData(PersonRole.PrincipalLeader, true)]
    [InlineData(PersonRole.TeamMember, true)]
    [InlineData(PersonRole.Member, false)]
    public void IsLeadershipTeamMember_DependsOnTheRole(PersonRole role, bool expected)
    {
        var person = new DatasetBuilder().Person("P-1", role: role).BuildPerson();

        person.IsLeadershipTeamMember.Should().Be(expected);
    }

    [Fact]
    public void Constructor_EmptyUnitId_Throws()
    {
        var act = () => new Person("P-1", "王建国", "", PersonRole.Member);

        act.Should().Throw<ArgumentException>().Which.ParamName.Should().Be("unitId");
    }

    [Fact]
    public void Constructor_KeepsEveryValue()
    {
        var person = new Person("P-1", "王建国", "U-WD", PersonRole.PrincipalLeader);

        person.Id.Should().Be("P-1");
        person.Name.Should().Be("王建国");
        person.UnitId.Should().Be("U-WD");
        person.Role.Should().Be(PersonRole.PrincipalLeader);
    }
}
