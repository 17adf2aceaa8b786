using Campaign.Domain.Opinions;
using Campaign.Domain.Testing;

namespace Campaign.Domain.Tests.Opinions;

public class OpinionTests
{
    [Fact]
    public void Constructor_AcceptsEveryDatasetState()
    {
        var opinion = new Opinion("O-1", "U-1", "会议太多", new DateOnly(2014, 3, 21), "P-2", "free text channel", new DateOnly(2014, 3, 1), "P-2", new DateOnly(2014, 2, 1));

        opinion.IsClaimed.Should().BeTrue();
        opinion.IsPersonal.Should().BeTrue();
        opinion.IsReportedBack.Should().BeTrue();
        opinion.Channel.Should().Be("free text channel");
        opinion.ClaimedOn.Should().Be(new DateOnly(2014, 3, 1), "doubtful dates are for the rules, not input errors");
    }

    [Fact]
    public void IsPersonal_WithoutTarget_IsFalse()
    {
        new DatasetBuilder().Opinion("O-1", unclaimed: true).BuildOpinion().IsPersonal.Should().BeFalse();
    }

    [Fact]
    public void Claim_RecordsDayAndClaimant()
    {
        var opinion = new DatasetBuilder().Opinion("O-1", receivedOn: new DateOnly(2014, 3, 20), unclaimed: true).BuildOpinion();

        opinion.Claim(new DateOnly(2014, 3, 20), "P-2");

        opinion.IsClaimed.Should().BeTrue();
        opinion.ClaimedOn.Should().Be(new DateOnly(2014, 3, 20));
        opinion.ClaimedById.Should().Be("P-2");
    }

    [Fact]
    public void Claim_ByTheTeam_LeavesTheClaimantEmpty()
    {
        var opinion = new DatasetBuilder().Opinion("O-1", unclaimed: true).BuildOpinion();

        opinion.Claim(DatasetBuilder.DefaultDay);

        opinion.IsClaimed.Should().BeTrue();
        opinion.ClaimedById.Should().BeNull();
    }

    [Fact]
    public void Claim_Twice_ThrowsNamingTheOpinion()
    {
        var opinion = new DatasetBuilder().Opinion("O-7", unclaimed: true).BuildOpinion();
        opinion.Claim(DatasetBuilder.DefaultDay);

        var act = () => opinion.Claim(DatasetBuilder.DefaultDay.AddDays(1), "P-1");

        act.Should().Throw<InvalidOperationException>().WithMessage("*O-7*already claimed*twice*");
        opinion.ClaimedById.Should().BeNull();
    }

    [Fact]
    public void Claim_BeforeReceipt_Throws()
    {
        var opinion = new DatasetBuilder().Opinion("O-7", receivedOn: new DateOnly(2014, 3, 20), unclaimed: true).BuildOpinion();

        var act = () => opinion.Claim(new DateOnly(2014, 3, 19));

        act.Should().Throw<InvalidOperationException>().WithMessage("*O-7*2014-03-19*received*2014-03-20*");
        opinion.IsClaimed.Should().BeFalse();
    }

    [Fact]
    public void ReportBack_AfterClaim_RecordsTheDay()
    {
        var opinion = new DatasetBuilder().Opinion("O-1", receivedOn: new DateOnly(2014, 3, 20), unclaimed: true).BuildOpinion();
        opinion.Claim(new DateOnly(2014, 3, 25));

        opinion.ReportBack(new DateOnly(2014, 3, 25));

        opinion.ReportedBackOn.Should().Be(new DateOnly(2014, 3, 25));
        opinion.IsReportedBack.Should().BeTrue();
    }

    [Fact]
    public void ReportBack_BeforeClaiming_Throws()
    {
        var opinion = new DatasetBuilder().Opinion("O-3", unclaimed: true).BuildOpinion();

        var act = () => opinion.ReportBack(DatasetBuilder.DefaultDay.AddDays(5));

        act.Should().Throw<InvalidOperationException>().WithMessage("*O-3*not claimed*");
    }

    [Fact]
    public void ReportBack_OnADayBeforeTheClaim_Throws()
    {
        var opinion = new DatasetBuilder().Opinion("O-3", receivedOn: new DateOnly(2014, 3, 20), unclaimed: true).BuildOpinion();
        opinion.Claim(new DateOnly(2014, 3, 25));

        var act = () => opinion.ReportBack(new DateOnly(2014, 3, 24));

        act.Should().Throw<InvalidOperationException>().WithMessage("*O-3*2014-03-24*claimed*2014-03-25*");
    }

    [Fact]
    public void ReportBack_OnADayBeforeReceipt_Throws()
    {
        // Only a dataset can hold a claim before receipt; the report-back must still not predate the receipt.
        var opinion = new DatasetBuilder().Opinion("O-3", receivedOn: new DateOnly(2014, 3, 20), claimedOn: new DateOnly(2014, 3, 1)).BuildOpinion();

        var act = () => opinion.ReportBack(new DateOnly(2014, 3, 10));

        act.Should().Throw<InvalidOperationException>().WithMessage("*O-3*2014-03-10*received*2014-03-20*");
    }

    [Fact]
    public void ReportBack_Twice_Throws()
    {
        var opinion = new DatasetBuilder().Opinion("O-3", claimedOn: DatasetBuilder.DefaultDay, reportedBackOn: DatasetBuilder.DefaultDay.AddDays(3)).BuildOpinion();

        var act = () => opinion.ReportBack(DatasetBuilder.DefaultDay.AddDays(4));

        act.Should().Throw<InvalidOperationException>().WithMessage("*O-3*already reported back*");
    }
}
