using Campaign.Domain.Tests.Builders;
using Campaign.Domain.Units;

namespace Campaign.Domain.Tests.Units;

public class WeakLaxOrganisationTests
{
    private static WeakLaxOrganisation Designated() => new(A.D("2014-03-20"));

    [Fact]
    public void Constructor_AcceptsEveryDatasetState()
    {
        var organisation = new WeakLaxOrganisation(A.D("2014-03-20"), A.D("2014-03-01"), A.D("2014-06-01"), "P-1", hasPlan: true);

        organisation.TeamStaffedOn.Should().Be(A.D("2014-03-01"), "doubtful dates are for the rules, not input errors");
        organisation.IsConsolidated.Should().BeTrue();
        organisation.FirstSecretaryId.Should().Be("P-1");
        organisation.HasPlan.Should().BeTrue();
    }

    [Fact]
    public void StaffTeam_RecordsTheDay()
    {
        var organisation = Designated();

        organisation.StaffTeam(A.D("2014-03-20"));

        organisation.TeamStaffedOn.Should().Be(A.D("2014-03-20"));
        organisation.IsTeamStaffed.Should().BeTrue();
    }

    [Fact]
    public void StaffTeam_Twice_Throws()
    {
        var organisation = Designated();
        organisation.StaffTeam(A.D("2014-04-01"));

        var act = () => organisation.StaffTeam(A.D("2014-04-02"));

        act.Should().Throw<InvalidOperationException>().WithMessage("*already*2014-04-01*");
    }

    [Fact]
    public void StaffTeam_BeforeDesignation_Throws()
    {
        var organisation = Designated();

        var act = () => organisation.StaffTeam(A.D("2014-03-19"));

        act.Should().Throw<InvalidOperationException>().WithMessage("*2014-03-19*designated*2014-03-20*");
        organisation.TeamStaffedOn.Should().BeNull();
    }

    [Fact]
    public void Consolidate_RecordsTheDay()
    {
        var organisation = Designated();

        organisation.Consolidate(A.D("2014-06-20"));

        organisation.ConsolidatedOn.Should().Be(A.D("2014-06-20"));
    }

    [Fact]
    public void Consolidate_Twice_Throws()
    {
        var organisation = Designated();
        organisation.Consolidate(A.D("2014-06-20"));

        var act = () => organisation.Consolidate(A.D("2014-06-21"));

        act.Should().Throw<InvalidOperationException>().WithMessage("*already consolidated*2014-06-20*");
    }

    [Fact]
    public void Consolidate_BeforeDesignation_Throws()
    {
        var organisation = Designated();

        var act = () => organisation.Consolidate(A.D("2014-01-01"));

        act.Should().Throw<InvalidOperationException>().WithMessage("*2014-01-01*2014-03-20*");
    }

    [Fact]
    public void AdoptPlan_Twice_Throws()
    {
        var organisation = Designated();
        organisation.AdoptPlan();

        var act = organisation.AdoptPlan;

        organisation.HasPlan.Should().BeTrue();
        act.Should().Throw<InvalidOperationException>().WithMessage("*already*plan*");
    }

    [Fact]
    public void AssignFirstSecretary_SetsThePerson_AndRefusesAnEmptyId()
    {
        var organisation = Designated();

        organisation.AssignFirstSecretary("P-7");
        var act = () => organisation.AssignFirstSecretary("");

        organisation.FirstSecretaryId.Should().Be("P-7");
        act.Should().Throw<ArgumentException>();
    }
}
