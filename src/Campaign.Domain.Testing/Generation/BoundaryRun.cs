using Campaign.Domain.Campaigns;
using Campaign.Domain.Focus;
using Campaign.Domain.Opinions;
using Campaign.Domain.People;
using Campaign.Domain.Problems;
using Campaign.Domain.Rectifications;
using Campaign.Domain.Units;

namespace Campaign.Domain.Testing.Generation;

/// <summary>
/// The <see cref="DatasetPreset.Boundaries"/> preset: a handful of units and tens of records, drawn so that most of them
/// sit near a rule's edge (dates a day either side of each window, texts shared or nearly shared, every unit kind, focus
/// ids of every kind and every focus list), for differential and monitor tests.
/// </summary>
internal static class BoundaryRun
{
    private static readonly DateOnly Start = new(2014, 3, 1);
    private static readonly DateOnly End = new(2014, 9, 30);

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

    private static readonly string[][] FocusListChoices = [[], ["C"], ["C", "WD"], ["HN"]];

    public static CampaignDataset Run(int seed, GeneratorOptions options)
    {
        var random = new SplitMix64(0xB0DA_2014UL ^ ((ulong)(uint)seed * 0x9E3779B97F4A7C15UL));
        int Scaled(int count) => Math.Max(1, (int)Math.Round(count * options.Scale));

        var lists = FocusListChoices[random.Next(FocusListChoices.Length)];
        var campaign = new CampaignRun("边界活动 " + seed, CampaignBatch.Second, Start, End, options.AsOf, lists.Length == 0 ? null : lists);
        var kinds = Enum.GetValues<UnitKind>();
        var units = new List<Unit>();
        var unitCount = 4 + (int)Math.Round(random.Next(6) * options.Scale);
        for (var i = 0; i < unitCount; i++)
        {
            Period? education = random.Next(3) == 0 ? null : Education(random);
            WeakLaxOrganisation? weak = random.Next(3) == 0
                ? new WeakLaxOrganisation(
                    Start.AddDays(random.Next(40)),
                    Maybe(random, new DateOnly(2014, 4, 30).AddDays(random.Between(-3, 3))),
                    Maybe(random, new DateOnly(2014, 6, 30).AddDays(random.Between(-3, 3))))
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
        var opinionCount = Scaled(random.Between(3, 9));
        for (var i = 0; i < opinionCount; i++)
        {
            var unit = units[random.Next(units.Count)];
            var unitPeople = people.FindAll(p => p.UnitId == unit.Id);
            var received = Start.AddDays(random.Next(100));
            // Claims around the 30-day window, report-backs around their own.
            DateOnly? claimed = random.Next(3) == 0 ? null : received.AddDays(random.Between(28, 32));
            DateOnly? reported = claimed is { } c && random.Next(3) == 0 ? c.AddDays(random.Next(60)) : null;
            opinions.Add(new Opinion(
                $"O-{i:D2}", unit.Id, "意见" + i, received,
                targetPersonId: unitPeople.Count > 0 && random.Next(3) == 0 ? unitPeople[random.Next(unitPeople.Count)].Id : null,
                claimedOn: claimed, reportedBackOn: reported));
        }

        var problems = new List<Problem>();
        var categories = Enum.GetValues<ProblemCategory>();
        var focusIds = FocusCatalog.Default.Entries.Select(e => e.Id).ToArray();
        var problemCount = Scaled(random.Between(8, 29));
        for (var i = 0; i < problemCount; i++)
        {
            var unit = units[random.Next(units.Count)];
            var unitPeople = people.FindAll(p => p.UnitId == unit.Id);
            var owner = unitPeople.Count > 0 && random.Next(2) == 0 ? ProblemOwner.Individual(unitPeople[random.Next(unitPeople.Count)].Id) : ProblemOwner.Team;
            var category = categories[random.Next(categories.Length)];
            var candidates = new List<string>();
            foreach (var opinion in opinions)
            {
                if (opinion.UnitId == unit.Id || random.Next(4) == 0)
                {
                    candidates.Add(opinion.Id);
                }
            }

            List<string>? opinionIds = null;
            if (candidates.Count > 0 && random.Next(2) == 0)
            {
                opinionIds = [];
                for (var n = random.Between(1, 2); n > 0; n--)
                {
                    opinionIds.Add(candidates[random.Next(candidates.Count)]);
                }
            }

            problems.Add(new Problem(
                $"PR-{i:D3}", unit.Id, owner, category, ProblemTexts[random.Next(ProblemTexts.Length)], ProblemSource.SelfExamination,
                Start.AddDays(random.Next(130)),
                fourWinds: category == ProblemCategory.FourWinds && random.Next(2) == 0 ? [FourWind.Formalism] : null,
                focusId: random.Next(3) == 0 ? null : focusIds[random.Next(focusIds.Length)],
                opinionIds: opinionIds));
        }

        var rectifications = new List<Rectification>();
        var statuses = Enum.GetValues<RectificationStatus>();
        var rectificationCount = Scaled(random.Between(5, 24));
        for (var i = 0; i < rectificationCount; i++)
        {
            var first = problems[random.Next(problems.Count)];
            var ids = new List<string> { first.Id };
            var found = first.IdentifiedOn;
            if (random.Next(3) == 0)
            {
                var second = problems[random.Next(problems.Count)];
                ids.Add(second.Id);
                found = second.IdentifiedOn < found ? second.IdentifiedOn : found;
            }

            var status = statuses[random.Next(statuses.Length)];
            var finished = status is RectificationStatus.Completed or RectificationStatus.ClosedOff;
            DateOnly? deadline = random.Next(4) == 0 ? null : found.AddDays(random.Between(-5, 89));
            DateOnly? completed = finished
                ? deadline is { } d && random.Next(2) == 0 ? d.AddDays(random.Between(-1, 1)) : found.AddDays(random.Next(40))
                : null;
            var unitPeople = people.FindAll(p => p.UnitId == first.UnitId);
            var personId = random.Next(3) == 0 ? first.Owner.PersonId
                : unitPeople.Count > 0 && random.Next(2) == 0 ? unitPeople[random.Next(unitPeople.Count)].Id : null;
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

    private static Period Education(SplitMix64 random)
    {
        // Two to four months, give or take two days, around the three-month minimum.
        var from = Start.AddDays(random.Next(60));
        return new Period(from, from.AddMonths(random.Between(2, 4)).AddDays(random.Between(-2, 2)));
    }

    private static DateOnly? Maybe(SplitMix64 random, DateOnly value) => random.Next(3) == 0 ? null : value;
}
