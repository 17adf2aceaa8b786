using Campaign.Domain.Campaigns;
using Campaign.Domain.Opinions;
using Campaign.Domain.People;
using Campaign.Domain.Problems;
using Campaign.Domain.Rectifications;
using Campaign.Domain.Serialization;
using Campaign.Domain.Units;

namespace Campaign.Benchmarks.Dataset;

/// <summary>
/// A valid synthetic dataset of a given number of problems, written as campaign-dataset/1 bytes: one unit per 20
/// problems, 4 people per unit, one opinion per 2 problems, one rectification per problem, Chinese text throughout.
/// </summary>
internal static class SyntheticDataset
{
    private static readonly DateOnly Start = new(2014, 3, 1);

    public static byte[] Json(int problemCount)
    {
        var unitCount = Math.Max(1, problemCount / 20);
        var units = new List<Unit>(unitCount);
        var people = new List<Person>(unitCount * 4);
        for (var u = 0; u < unitCount; u++)
        {
            var unitId = $"U-{u:D6}";
            var kind = (UnitKind)(u % 14);
            units.Add(new Unit(
                unitId,
                $"第{u}单位党组织",
                kind,
                u == 0 ? UnitLevel.County : UnitLevel.Township,
                u == 0 ? null : "U-000000",
                new Period(Start.AddDays(u % 10), Start.AddDays(100 + (u % 10))),
                u % 9 == 0 ? new WeakLaxOrganisation(Start.AddDays(5), Start.AddDays(40), null, null, u % 2 == 0) : null));
            for (var p = 0; p < 4; p++)
            {
                people.Add(new Person($"P-{u:D6}-{p}", $"干部{u}-{p}", unitId, p == 0 ? PersonRole.PrincipalLeader : PersonRole.TeamMember));
            }
        }

        var opinions = new List<Opinion>(problemCount / 2);
        for (var o = 0; o < problemCount / 2; o++)
        {
            var u = o * 2 / 20 % unitCount;
            opinions.Add(new Opinion(
                $"O-{o:D7}", $"U-{u:D6}", $"群众反映第{o}条意见:办事要跑好几趟,窗口工作人员态度生硬", Start.AddDays(o % 30), null,
                OpinionChannel.Known[o % OpinionChannel.Known.Count], o % 3 == 0 ? Start.AddDays(35) : null, null, null));
        }

        var problems = new List<Problem>(problemCount);
        var rectifications = new List<Rectification>(problemCount);
        for (var i = 0; i < problemCount; i++)
        {
            var u = i / 20 % unitCount;
            var individual = i % 3 == 0;
            var fourWinds = i % 2 == 0;
            var id = $"PR-{i:D7}";
            problems.Add(new Problem(
                id,
                $"U-{u:D6}",
                individual ? ProblemOwner.Individual($"P-{u:D6}-{i % 4}") : ProblemOwner.Team,
                fourWinds ? ProblemCategory.FourWinds : ProblemCategory.Work,
                $"第{i}个问题:联系群众不够,下基层调研少,会议多、文件长",
                i % 2 == 0 ? ProblemSource.Opinion : ProblemSource.SelfExamination,
                Start.AddDays(30 + (i % 40)),
                fourWinds ? [(FourWind)(i % 4)] : null,
                i % 5 == 0 ? "FP.C.CTY.02" : null,
                i % 2 == 0 && i / 2 < opinions.Count ? [$"O-{i / 2:D7}"] : null,
                i % 10 == 0 ? ProblemSeverity.Serious : ProblemSeverity.Normal));
            var completed = i % 3 == 1;
            rectifications.Add(new Rectification(
                $"R-{i:D7}",
                [id],
                $"建立第{i}项整改制度,明确责任人和时限",
                i % 4 == 0 ? RectificationMode.Immediate : RectificationMode.Scheduled,
                completed ? RectificationStatus.Completed : RectificationStatus.InProgress,
                $"P-{u:D6}-0",
                $"U-{u:D6}",
                Start.AddDays(120),
                completed ? Start.AddDays(100) : null,
                completed ? [new Evidence(EvidenceKind.Document, $"文件〔2014〕{i}号")] : null,
                completed ? new Evaluation(EvaluatorKind.Masses, Start.AddDays(110), 0.9, 50) : null));
        }

        var dataset = new CampaignDataset(
            new CampaignRun("合成数据集教育实践活动", CampaignBatch.Second, Start, Start.AddDays(210), Start.AddDays(130), ["C", "WD"]),
            units, people, opinions, problems, rectifications);
        using var stream = new MemoryStream();
        CampaignDatasetWriter.Write(dataset, stream);
        return stream.ToArray();
    }
}
