using Campaign.Domain.Campaigns;
using Campaign.Domain.Focus;
using Campaign.Domain.Opinions;
using Campaign.Domain.People;
using Campaign.Domain.Problems;
using Campaign.Domain.Rectifications;
using Campaign.Domain.Units;

namespace Campaign.Compliance.Tests.Builders;

/// <summary>
/// Small random but valid datasets, dense in boundary cases (dates a day either side of each window, shared
/// texts, personal opinions, focus ids of every kind), for differential and monitor tests.
/// </summary>
internal static class RandomCampaign
{
    private static readonly string[] ProblemTexts =
    [
        "理论学习不够深入", "理论学习不够深入。", "理论 学习不够深入!", "联系群众不够紧密", "会议多、文件长", "Meetings too long",
        "MEETINGS too long.", "下基层调研少", "办事效率不高", "公车私用", "作风不实", "!!!", "学习", "对群众反映问题处理不及时",
    ];

    private static readonly string[] Measures =
    [
        "进一步加强学习,提高认识", "认真整改,切实转变作风", "每月召开一次群众座谈会并公开记录", "further strengthen our work style",
        "Publish the monthly hotline log on the notice board", "严格要求自己", "建立台账,逐项销号,每周通报进度", "加强", "study and improve",
        "深入思想意识改进做到确保", "ＡＢＣ１２３", "清理超标办公用房3间",
    ];

    public static CampaignDataset Create(int seed, int scale = 1)
    {
        var random = new Random(seed);
        var start = new DateOnly(2014, 3, 1);
        var focusLists = random.Next(4) switch
        {
            0 => null,
            1 => new[] { "C" },
            2 => new[] { "C", "WD" },
            _ => new[] { "HN" },
        };
        var campaign = new CampaignRun("随机活动 " + seed, CampaignBatch.Second, start, new DateOnly(2014, 9, 30), new DateOnly(2014, 7, 15), focusLists);
        var kinds = Enum.GetValues<UnitKind>();
        var units = new List<Unit>();
        var unitCount = 4 + random.Next(6) * scale;
        for (var i = 0; i < unitCount; i++)
        {
            Period? education = random.Next(3) == 0 ? null : Education(random, start);
            WeakLaxOrganisation? weak = random.Next(3) == 0
                ? new WeakLaxOrganisation(start.AddDays(random.Next(40)), Maybe(random, new DateOnly(2014, 4, 30).AddDays(random.Next(-3, 4))), Maybe(random, new DateOnly(2014, 6, 30).AddDays(random.Next(-3, 4))))
                : null;
            units.Add(new Unit($"U-{i:D2}", "单位" + i, kinds[random.Next(kinds.Length)], UnitLevel.County, i == 0 ? null : "U-00", education, weak));
        }

        var people = new List<Person>();
        var roles = Enum.GetValues<PersonRole>();
        foreach (var unit in units)
        {
            var count = random.Next(4);
            for (var i = 0; i < count; i++)
            {
                people.Add(new Person($"P-{unit.Id[2..]}-{i}", "人" + i, unit.Id, roles[random.Next(roles.Length)]));
            }
        }

        var opinions = new List<Opinion>();
        var opinionCount = random.Next(3, 10) * scale;
        for (var i = 0; i < opinionCount; i++)
        {
            var unit = units[random.Next(units.Count)];
            var unitPeople = people.Where(p => p.UnitId == unit.Id).ToList();
            var received = start.AddDays(random.Next(100));
            DateOnly? claimed = random.Next(3) == 0 ? null : received.AddDays(random.Next(28, 33));
            DateOnly? reported = claimed is { } c && random.Next(3) == 0 ? c.AddDays(random.Next(60)) : null;
            opinions.Add(new Opinion(
                $"O-{i:D2}", unit.Id, "意见" + i, received,
                targetPersonId: unitPeople.Count > 0 && random.Next(3) == 0 ? unitPeople[random.Next(unitPeople.Count)].Id : null,
                claimedOn: claimed, reportedBackOn: reported));
        }

        var problems = new List<Problem>();
        var categories = Enum.GetValues<ProblemCategory>();
        var focusIds = FocusCatalog.Default.Entries.Select(e => e.Id).ToArray();
        var problemCount = random.Next(8, 30) * scale;
        for (var i = 0; i < problemCount; i++)
        {
            var unit = units[random.Next(units.Count)];
            var unitPeople = people.Where(p => p.UnitId == unit.Id).ToList();
            var owner = unitPeople.Count > 0 && random.Next(2) == 0 ? ProblemOwner.Individual(unitPeople[random.Next(unitPeople.Count)].Id) : ProblemOwner.Team;
            var category = categories[random.Next(categories.Length)];
            var unitOpinions = opinions.Where(o => o.UnitId == unit.Id || random.Next(4) == 0).Select(o => o.Id).ToList();
            var opinionIds = unitOpinions.Count > 0 && random.Next(2) == 0
                ? Enumerable.Range(0, random.Next(1, 3)).Select(_ => unitOpinions[random.Next(unitOpinions.Count)]).ToList()
                : null;
            problems.Add(new Problem(
                $"PR-{i:D3}", unit.Id, owner, category, ProblemTexts[random.Next(ProblemTexts.Length)], ProblemSource.SelfExamination,
                start.AddDays(random.Next(130)),
                fourWinds: category == ProblemCategory.FourWinds && random.Next(2) == 0 ? [FourWind.Formalism] : null,
                focusId: random.Next(3) == 0 ? null : focusIds[random.Next(focusIds.Length)],
                opinionIds: opinionIds));
        }

        var rectifications = new List<Rectification>();
        var statuses = Enum.GetValues<RectificationStatus>();
        var rectificationCount = random.Next(5, 25) * scale;
        for (var i = 0; i < rectificationCount && problems.Count > 0; i++)
        {
            var first = problems[random.Next(problems.Count)];
            var ids = new List<string> { first.Id };
            if (random.Next(3) == 0)
            {
                ids.Add(problems[random.Next(problems.Count)].Id);
            }

            var found = ids.Select(id => problems.First(p => p.Id == id).IdentifiedOn).Min();
            var status = statuses[random.Next(statuses.Length)];
            var finished = status is RectificationStatus.Completed or RectificationStatus.ClosedOff;
            DateOnly? deadline = random.Next(4) == 0 ? null : found.AddDays(random.Next(-5, 90));
            DateOnly? completed = finished ? (deadline is { } d && random.Next(2) == 0 ? d.AddDays(random.Next(-1, 2)) : found.AddDays(random.Next(0, 40))) : null;
            var unitPeople = people.Where(p => p.UnitId == first.UnitId).ToList();
            var personId = random.Next(3) == 0 ? first.Owner.PersonId : unitPeople.Count > 0 && random.Next(2) == 0 ? unitPeople[random.Next(unitPeople.Count)].Id : null;
            Evaluation? evaluation = random.Next(3) switch
            {
                0 => null,
                1 => new Evaluation(EvaluatorKind.Self, found.AddDays(30)),
                _ => new Evaluation(EvaluatorKind.Masses, found.AddDays(30), random.Next(4) switch { 0 => 0.9, 1 => 0.89, 2 => 1.0, _ => 0.5 }, 40),
            };
            rectifications.Add(new Rectification(
                $"R-{i:D3}", ids, Measures[random.Next(Measures.Length)],
                random.Next(2) == 0 ? RectificationMode.Immediate : RectificationMode.Scheduled,
                status,
                responsiblePersonId: personId,
                responsibleUnitId: random.Next(3) == 0 ? first.UnitId : null,
                deadline: deadline,
                completedOn: completed,
                evidence: random.Next(2) == 0 ? [new Evidence(EvidenceKind.Document, "doc")] : null,
                evaluation: evaluation));
        }

        return new CampaignDataset(campaign, units, people, opinions, problems, rectifications);
    }

    private static Period Education(Random random, DateOnly start)
    {
        var from = start.AddDays(random.Next(60));
        var months = random.Next(2, 5);
        return new Period(from, from.AddMonths(months).AddDays(random.Next(-2, 3)));
    }

    private static DateOnly? Maybe(Random random, DateOnly value) => random.Next(3) == 0 ? null : value;
}
