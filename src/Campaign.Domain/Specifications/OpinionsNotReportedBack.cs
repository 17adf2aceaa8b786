using Ardalis.Specification;
using Campaign.Domain.Opinions;

namespace Campaign.Domain.Specifications;

/// <summary>Opinions whose result has not been reported back to the masses (向群众反馈) yet.</summary>
public sealed class OpinionsNotReportedBack : Specification<Opinion>
{
    /// <summary>Creates the specification.</summary>
    public OpinionsNotReportedBack() => Query.Where(o => o.ReportedBackOn == null);
}
