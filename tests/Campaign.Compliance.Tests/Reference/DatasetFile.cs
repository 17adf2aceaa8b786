using System.Globalization;
using System.Text.Json;
using Campaign.Domain.Campaigns;
using Campaign.Domain.Opinions;
using Campaign.Domain.People;
using Campaign.Domain.Problems;
using Campaign.Domain.Rectifications;
using Campaign.Domain.Units;
using CampaignInfo = Campaign.Domain.Campaigns.Campaign;

namespace Campaign.Compliance.Tests.Reference;

/// <summary>
/// A tiny, non-validating loader of <c>campaign-dataset/1</c> files for the reference tests, so they do not depend on the
/// library's reader (which they are meant to check against). Trusts its input.
/// </summary>
public static class DatasetFile
{
    /// <summary>Reads the dataset at <paramref name="path"/>.</summary>
    /// <param name="path">The file path.</param>
    /// <returns>The dataset.</returns>
    public static CampaignDataset Read(string path)
    {
        using var doc = JsonDocument.Parse(File.ReadAllBytes(path));
        var root = doc.RootElement;
        var c = root.GetProperty("campaign");
        var campaign = new CampaignInfo(
            c.GetProperty("name").GetString()!,
            Enum<CampaignBatch>(c.GetProperty("batch")),
            Date(c.GetProperty("start")),
            Date(c.GetProperty("end")),
            OptDate(c, "asOf"),
            c.TryGetProperty("focusLists", out var fl) && fl.ValueKind == JsonValueKind.Array ? fl.EnumerateArray().Select(x => x.GetString()!).ToList() : null);
        var units = Array(root, "units").Select(u => new Unit(
            u.GetProperty("id").GetString()!,
            u.GetProperty("name").GetString()!,
            Enum<UnitKind>(u.GetProperty("kind")),
            Enum<UnitLevel>(u.GetProperty("level")),
            OptString(u, "parentId"),
            u.TryGetProperty("education", out var e) && e.ValueKind == JsonValueKind.Object ? new Period(Date(e.GetProperty("start")), Date(e.GetProperty("end"))) : null,
            u.TryGetProperty("weakLax", out var w) && w.ValueKind == JsonValueKind.Object
                ? new WeakLaxOrganisation(Date(w.GetProperty("designatedOn")), OptDate(w, "teamStaffedOn"), OptDate(w, "consolidatedOn"), OptString(w, "firstSecretaryId"), w.TryGetProperty("hasPlan", out var hp) && hp.GetBoolean())
                : null)).ToList();
        var people = Array(root, "people").Select(x => new Person(
            x.GetProperty("id").GetString()!, x.GetProperty("name").GetString()!, x.GetProperty("unitId").GetString()!, Enum<PersonRole>(x.GetProperty("role")))).ToList();
        var opinions = Array(root, "opinions").Select(x => new Opinion(
            x.GetProperty("id").GetString()!, x.GetProperty("unitId").GetString()!, x.GetProperty("text").GetString()!, Date(x.GetProperty("receivedOn")),
            OptString(x, "targetPersonId"), OptString(x, "channel"), OptDate(x, "claimedOn"), OptString(x, "claimedById"), OptDate(x, "reportedBackOn"))).ToList();
        var problems = Array(root, "problems").Select(x =>
        {
            var owner = x.GetProperty("owner");
            return new Problem(
                x.GetProperty("id").GetString()!, x.GetProperty("unitId").GetString()!,
                owner.GetProperty("level").GetString() == "team" ? ProblemOwner.Team : ProblemOwner.Individual(owner.GetProperty("personId").GetString()!),
                Enum<ProblemCategory>(x.GetProperty("category")), x.GetProperty("text").GetString()!, Enum<ProblemSource>(x.GetProperty("source")),
                Date(x.GetProperty("identifiedOn")),
                Array(x, "fourWinds").Select(Enum<FourWind>).ToList(),
                OptString(x, "focusId"),
                Array(x, "opinionIds").Select(i => i.GetString()!).ToList(),
                x.TryGetProperty("severity", out var s) && s.ValueKind == JsonValueKind.String ? Enum<ProblemSeverity>(s) : ProblemSeverity.Normal);
        }).ToList();
        var rectifications = Array(root, "rectifications").Select(x => new Rectification(
            x.GetProperty("id").GetString()!,
            Array(x, "problemIds").Select(i => i.GetString()!).ToList(),
            x.GetProperty("measure").GetString()!,
            Enum<RectificationMode>(x.GetProperty("mode")),
            Enum<RectificationStatus>(x.GetProperty("status")),
            OptString(x, "responsiblePersonId"), OptString(x, "responsibleUnitId"), OptDate(x, "deadline"), OptDate(x, "completedOn"),
            Array(x, "evidence").Select(ev => new Evidence(Enum<EvidenceKind>(ev.GetProperty("kind")), ev.GetProperty("reference").GetString()!)).ToList(),
            x.TryGetProperty("evaluation", out var ev) && ev.ValueKind == JsonValueKind.Object
                ? new Evaluation(
                    Enum<EvaluatorKind>(ev.GetProperty("by")), Date(ev.GetProperty("on")),
                    ev.TryGetProperty("satisfiedRate", out var sr) && sr.ValueKind == JsonValueKind.Number ? sr.GetDouble() : null,
                    ev.TryGetProperty("respondents", out var rs) && rs.ValueKind == JsonValueKind.Number ? rs.GetInt32() : 0)
                : null)).ToList();
        return new CampaignDataset(campaign, units, people, opinions, problems, rectifications);
    }

    private static IEnumerable<JsonElement> Array(JsonElement parent, string name) =>
        parent.TryGetProperty(name, out var a) && a.ValueKind == JsonValueKind.Array ? a.EnumerateArray().ToList() : [];

    private static DateOnly Date(JsonElement e) => DateOnly.ParseExact(e.GetString()!, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static DateOnly? OptDate(JsonElement parent, string name) =>
        parent.TryGetProperty(name, out var e) && e.ValueKind == JsonValueKind.String ? Date(e) : null;

    private static string? OptString(JsonElement parent, string name) =>
        parent.TryGetProperty(name, out var e) && e.ValueKind == JsonValueKind.String ? e.GetString() : null;

    private static T Enum<T>(JsonElement e)
        where T : struct, System.Enum => System.Enum.Parse<T>(e.GetString()!, ignoreCase: true);
}
