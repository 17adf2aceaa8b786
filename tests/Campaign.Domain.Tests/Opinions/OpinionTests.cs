using Campaign.Domain.Opinions;
using Campaign.Domain.Tests.Builders;

namespace Campaign.Domain.Tests.Opinions;

public class OpinionTests
{
    [Fact]
    public void Constructor_AcceptsEveryDatasetState()
    {
        var opinion = new Opinion("O-1", "U-1", "会议太多", A.D("2014-03-21"), "P-2", "free text channel", A.D("2014-03-01"), "P-2", A.D("2014-02-01"));

        opinion.IsClaimed.Should().BeTrue();
        opinion.IsPersonal.Should().BeTrue();
        opinion.IsReportedBack.Should().BeTrue();
        opinion.Channel.Should().Be("free text channel");
        opinion.ClaimedOn.Should().Be(A.D("2014-03-01"), "doubtful dates are for the rules, not input errors");
    }

    [Fact]
    public void IsPersonal_WithoutTarget_IsFalse()
    {
        A.Opinion().IsPersonal.Should().BeFalse();
    }

    [Fact]
    public void Claim_RecordsDayAndClaimant()
    {
        var opinion = A.Opinion(receivedOn: A.D("2014-03-20"));

        opinion.Claim(A.D("2014-03-20"), "P-2");

        opinion.IsClaimed.Should().BeTrue();
        opinion.ClaimedOn.Should().Be(A.D("2014-03-20"));
        opinion.ClaimedById.Should().Be("P-2");
    }

    [Fact]
    public void Claim_ByTheTeam_LeavesTheClaimantEmpty()
    {
        var opinion = A.Opinion();

        opinion.Claim(A.Day);

        opinion.IsClaimed.Should().BeTrue();
        opinion.ClaimedById.Should().BeNull();
    }

    [Fact]
    public void Claim_Twice_ThrowsNamingTheOpinion()
    {
        var opinion = A.Opinion("O-7");
        opinion.Claim(A.Day);

        var act = () => opinion.Claim(A.Day.AddDays(1), "P-1");

        act.Should().Throw<InvalidOperationException>().WithMessage("*O-7*already claimed*twice*");
        opinion.ClaimedById.Should().BeNull();
    }

    [Fact]
    public void Claim_BeforeReceipt_Throws()
    {
        var opinion = A.Opinion("O-7", receivedOn: A.D("2014-03-20"));

        var act = () => opinion.Claim(A.D("2014-03-19"));

        act.Should().Throw<InvalidOperationException>().WithMessage("*O-7*2014-03-19*received*2014-03-20*");
        opinion.IsClaimed.Should().BeFalse();
    }

    [Fact]
    public void ReportBack_AfterClaim_RecordsTheDay()
    {
        var opinion = A.Opinion(receivedOn: A.D("2014-03-20"));
        opinion.Claim(A.D("2014-03-25"));

        opinion.ReportBack(A.D("2014-03-25"));

        opinion.ReportedBackOn.Should().Be(A.D("2014-03-25"));
        opinion.IsReportedBack.Should().BeTrue();
    }

    [Fact]
    public void ReportBack_BeforeClaiming_Throws()
    {
        var opinion = A.Opinion("O-3");

        var act = () => opinion.ReportBack(A.Day.AddDays(5));

        act.Should().Throw<InvalidOperationException>().WithMessage("*O-3*not claimed*");
    }

    [Fact]
    public void ReportBack_OnADayBeforeTheClaim_Throws()
    {
        var opinion = A.Opinion("O-3", receivedOn: A.D("2014-03-20"));
        opinion.Claim(A.D("2014-03-25"));

        var act = () => opinion.ReportBack(A.D("2014-03-24"));

        act.Should().Throw<InvalidOperationException>().WithMessage("*O-3*2014-03-24*claimed*2014-03-25*");
    }

    [Fact]
    public void ReportBack_OnADayBeforeReceipt_Throws()
    {
        // Only a dataset can hold a claim before receipt; the report-back must still not predate the receipt.
        var opinion = A.Opinion("O-3", receivedOn: A.D("2014-03-20"), claimedOn: A.D("2014-03-01"));

        var act = () => opinion.ReportBack(A.D("2014-03-10"));

        act.Should().Throw<InvalidOperationException>().WithMessage("*O-3*2014-03-10*received*2014-03-20*");
    }

    [Fact]
    public void ReportBack_Twice_Throws()
    {
        var opinion = A.Opinion("O-3", claimedOn: A.Day, reportedBackOn: A.Day.AddDays(3));

        var act = () => opinion.ReportBack(A.Day.AddDays(4));

        act.Should().Throw<InvalidOperationException>().WithMessage("*O-3*already reported back*");
    }
}
