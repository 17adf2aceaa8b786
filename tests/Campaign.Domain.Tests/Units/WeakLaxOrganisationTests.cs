using Campaign.Domain.Testing;
using Campaign.Domain.Units;

namespace Campaign.Domain.Tests.Units;

public class WeakLaxOrganisationTests
{
    private static WeakLaxOrganisation Designated() => new(new DateOnly(2014, 3, 20));

    [Fact]
    public void Constructor_AcceptsEveryDatasetState()
    {
        var organisation = new WeakLaxOrganisation(new DateOnly(2014, 3, 20), new DateOnly(2014, 3, 1), new DateOnly(2014, 6, 1), "P-1", hasPlan: true);

        organisation.TeamStaffedOn.Should().Be(new DateOnly(2014, 3, 1), "doubtful dates are for the rules, not input errors");
        organisation.IsConsolidated.Should().BeTrue();
        organisation.FirstSecretaryId.Should().Be("P-1");
        organisation.HasPlan.Should().BeTrue();
    }

    [Fact]
    public void StaffTeam_RecordsTheDay()
    {
        var organisation = Designated();

        organisation.StaffTeam(new DateOnly(2014, 3, 20));

        organisation.TeamStaffedOn.Should().Be(new DateOnly(2014, 3, 20));
        organisation.IsTeamStaffed.Should().BeTrue();
    }

    [Fact]
    public void StaffTeam_Twice_Throws()
    {
        var organisation = Designated();
        organisation.StaffTeam(new DateOnly(2014, 4, 1));

        var act = () => organisation.StaffTeam(new DateOnly(2014, 4, 2));

        act.Should().Throw<InvalidOperationException>().WithMessage("*already*2014-04-01*");
    }

    [Fact]
    public void StaffTeam_BeforeDesignation_Throws()
    {
        var organisation = Designated();

        var act = () => organisation.StaffTeam(new DateOnly(2014, 3, 19));

        act.Should().Throw<InvalidOperationException>().WithMessage("*2014-03-19*designated*2014-03-20*");
        organisation.TeamStaffedOn.Should().BeNull();
    }

    [Fact]
    public void Consolidate_RecordsTheDay()
    {
        var organisation = Designated();

        organisation.Consolidate(new DateOnly(2014, 6, 20));

        organisation.ConsolidatedOn.Should().Be(new DateOnly(2014, 6, 20));
    }

    [Fact]
    public void Consolidate_Twice_Throws()
    {
        var organisation = Designated();
        organisation.Consolidate(new DateOnly(2014, 6, 20));

        var act = () => organisation.Consolidate(new DateOnly(2014, 6, 21));

        act.Should().Throw<InvalidOperationException>().WithMessage("*already consolidated*2014-06-20*");
    }

    [Fact]
    public void Consolidate_BeforeDesignation_Throws()
    {
        var organisation = Designated();

        var act = () => organisation.Consolidate(new DateOnly(2014, 1, 1));

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
