using System.Globalization;
using System.Text;
using Campaign.Domain.Campaigns;

namespace Campaign.Domain.Testing.Tests;

/// <summary>A canonical text dump of every field of a dataset, to compare datasets byte for byte.</summary>
internal static class DatasetDump
{
    public static string Of(CampaignDataset d)
    {
        var s = new StringBuilder();
        var c = d.Campaign;
        Line(s, "campaign", c.Name, c.Batch, c.Start, c.End, c.AsOf, string.Join(",", c.FocusLists));
        foreach (var u in d.Units)
        {
            Line(s, "unit", u.Id, u.Name, u.Kind, u.Level, u.ParentId, u.Education?.Start, u.Education?.End,
                u.WeakLax?.DesignatedOn, u.WeakLax?.TeamStaffedOn, u.WeakLax?.ConsolidatedOn, u.WeakLax?.FirstSecretaryId, u.WeakLax?.HasPlan);
        }

        foreach (var p in d.People)
        {
            Line(s, "person", p.Id, p.Name, p.UnitId, p.Role);
        }

        foreach (var o in d.Opinions)
        {
            Line(s, "opinion", o.Id, o.UnitId, o.TargetPersonId, o.Channel, o.Text, o.ReceivedOn, o.ClaimedOn, o.ClaimedById, o.ReportedBackOn);
        }

        foreach (var p in d.Problems)
        {
            Line(s, "problem", p.Id, p.UnitId, p.OwnerKey, p.Category, string.Join(",", p.FourWinds), p.FocusId, p.Text, p.Source,
                string.Join(",", p.OpinionIds), p.IdentifiedOn, p.Severity);
        }

        foreach (var r in d.Rectifications)
        {
            Line(s, "rectification", r.Id, string.Join(",", r.ProblemIds), r.Measure, r.Mode, r.ResponsiblePersonId, r.ResponsibleUnitId,
                r.Deadline, r.Status, r.CompletedOn, string.Join(",", r.Evidence.Select(e => e.Kind + ":" + e.Reference)),
                r.Evaluation?.By, r.Evaluation?.On, r.Evaluation?.SatisfiedRate?.ToString("R", CultureInfo.InvariantCulture), r.Evaluation?.Respondents);
        }

        return s.ToString();
    }

    private static void Line(StringBuilder s, params object?[] fields)
    {
        for (var i = 0; i < fields.Length; i++)
        {
            if (i > 0)
            {
                s.Append('|');
            }

            s.Append(fields[i] switch
            {
                null => "~",
                DateOnly day => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
                var other => other.ToString(),
            });
        }

        s.Append('\n');
    }
}
