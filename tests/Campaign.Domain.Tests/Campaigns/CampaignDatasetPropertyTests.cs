using Campaign.Domain.Campaigns;
using Campaign.Domain.Testing;
using FsCheck.Xunit;

namespace Campaign.Domain.Tests.Campaigns;

/// <summary>The dataset's lookups against a brute-force scan of random datasets whose references may name missing records.</summary>
public class CampaignDatasetPropertyTests
{
    [Property(MaxTest = 200)]
    public bool Lookups_AgreeWithABruteForceScan(int seed)
    {
        var random = new Random(seed);
        string Pick(string prefix, int count) => prefix + random.Next(count + 1); // may name a missing record
        var builder = new DatasetBuilder();
        var unitCount = random.Next(1, 6);
        for (var i = 0; i < unitCount; i++)
        {
            builder.Unit("U" + i, parentId: i == 0 || random.Next(3) == 0 ? null : "U" + random.Next(i));
        }

        var personCount = random.Next(0, 6);
        for (var i = 0; i < personCount; i++)
        {
            builder.Person("P" + i, Pick("U", unitCount));
        }

        var opinionCount = random.Next(0, 6);
        for (var i = 0; i < opinionCount; i++)
        {
            builder.Opinion("O" + i, Pick("U", unitCount));
        }

        var problemCount = random.Next(0, 8);
        for (var i = 0; i < problemCount; i++)
        {
            builder.Problem(
                "PR" + i,
                Pick("U", unitCount),
                random.Next(2) == 0 ? null : Pick("P", personCount),
                opinionIds: Enumerable.Range(0, random.Next(3)).Select(_ => Pick("O", opinionCount)).ToList());
        }

        var rectificationCount = random.Next(0, 8);
        for (var i = 0; i < rectificationCount; i++)
        {
            builder.Rectification("R" + i, Enumerable.Range(0, random.Next(1, 4)).Select(_ => Pick("PR", problemCount)).ToList());
        }

        var dataset = builder.Build();
        var (units, people, opinions, problems, rectifications) = (dataset.Units, dataset.People, dataset.Opinions, dataset.Problems, dataset.Rectifications);

        var ids = Enumerable.Range(0, 10).SelectMany(i => new[] { "U" + i, "P" + i, "O" + i, "PR" + i, "R" + i }).ToList();
        return ids.All(id =>
            dataset.FindUnit(id) == units.FirstOrDefault(u => u.Id == id)
            && dataset.FindPerson(id) == people.FirstOrDefault(p => p.Id == id)
            && dataset.FindOpinion(id) == opinions.FirstOrDefault(o => o.Id == id)
            && dataset.FindProblem(id) == problems.FirstOrDefault(p => p.Id == id)
            && dataset.FindRectification(id) == rectifications.FirstOrDefault(r => r.Id == id)
            && dataset.ProblemsOfUnit(id).SequenceEqual(problems.Where(p => p.UnitId == id))
            && dataset.PeopleOfUnit(id).SequenceEqual(people.Where(p => p.UnitId == id))
            && dataset.ChildrenOfUnit(id).SequenceEqual(units.Where(u => u.ParentId == id))
            && dataset.RectificationsOfProblem(id).SequenceEqual(rectifications.Where(r => r.ProblemIds.Contains(id)))
            && dataset.ProblemsOfOpinion(id).SequenceEqual(problems.Where(p => p.OpinionIds.Contains(id)))
            && dataset.ProblemsOfPerson(id).SequenceEqual(problems.Where(p => p.Owner.PersonId == id)));
    }
}
