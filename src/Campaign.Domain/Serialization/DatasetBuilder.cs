using Campaign.Domain.Campaigns;
using Campaign.Domain.Opinions;
using Campaign.Domain.People;
using Campaign.Domain.Problems;
using Campaign.Domain.Rectifications;
using Campaign.Domain.Units;

namespace Campaign.Domain.Serialization;

/// <summary>
/// Makes the dataset of a fully validated document: the campaign and the units from their records (the parser built the
/// other entities as it read them). Called only when the parser found no error, so every required value is present;
/// each unit record is dropped as soon as its entity exists.
/// </summary>
internal static class DatasetBuilder
{
    public static CampaignDataset Build(DatasetParser parser)
    {
        var c = parser.Campaign!;
        var campaign = new CampaignRun(c.Name!, (CampaignBatch)c.Batch, c.Start!.Value, c.End!.Value, c.AsOf, c.FocusLists);

        var units = new Unit[parser.Units.Count];
        for (var i = 0; i < units.Length; i++)
        {
            var u = parser.Units[i];
            parser.Units[i] = null!;
            units[i] = new Unit(
                u.Id!,
                u.Name!,
                (UnitKind)u.Kind,
                (UnitLevel)u.Level,
                u.ParentId?.Id,
                u.HasEducation ? new Period(u.EducationStart!.Value, u.EducationEnd!.Value) : null,
                u.HasWeakLax ? new WeakLaxOrganisation(u.DesignatedOn!.Value, u.TeamStaffedOn, u.ConsolidatedOn, u.FirstSecretaryId?.Id, u.HasPlan) : null);
        }

        // Every id is unique and every index maps it to its record's position (the parser refused anything else), so the
        // dataset takes the arrays and the parser's indexes over instead of copying and hashing 2 million ids again.
        var ids = parser.IdIndexes;
        return new CampaignDataset(
            campaign,
            (units, ids.Units),
            (parser.People.ToArray(), ids.People),
            (parser.Opinions.ToArray(), ids.Opinions),
            (parser.Problems.ToArray(), ids.Problems),
            (parser.Rectifications.ToArray(), ids.Rectifications));
    }
}
