using Campaign.Domain.Campaigns;
using Campaign.Domain.Problems;
using Campaign.Domain.Tests.Builders;
using FsCheck.Xunit;

namespace Campaign.Domain.Tests.Campaigns;

/// <summary>The dataset's lookups against a brute-force scan of random datasets.</summary>
public class CampaignDatasetPropertyTests
{
    [Property(MaxTest = 200)]
    public bool Lookups_AgreeWithABruteForceScan(int seed)
    {
        var random = new Random(seed);
        string Pick(string prefix, int count) => prefix + random.Next(count + 1); // may name a missing record
        var units = Enumerable.Range(0, random.Next(1, 6))
            .Select(i => A.Unit("U" + i, parentId: i == 0 || random.Next(3) == 0 ? null : "U" + random.Next(i))).ToList();
        var people = Enumerable.Range(0, random.Next(0, 6)).Select(i => A.Person("P" + i, Pick("U", units.Count))).ToList();
        var opinions = Enumerable.Range(0, random.Next(0, 6)).Select(i => A.Opinion("O" + i, Pick("U", units.Count))).ToList();
        var problems = Enumerable.Range(0, random.Next(0, 8)).Select(i => A.Problem(
            "PR" + i,
            Pick("U", units.Count),
            random.Next(2) == 0 ? ProblemOwner.Team : ProblemOwner.Individual(Pick("P", people.Count)),
            opinionIds: Enumerable.Range(0, random.Next(3)).Select(_ => Pick("O", opinions.Count)).ToList())).ToList();
        var rectifications = Enumerable.Range(0, random.Next(0, 8)).Select(i => A.Rectification(
            "R" + i, Enumerable.Range(0, random.Next(1, 4)).Select(_ => Pick("PR", problems.Count)).ToList())).ToList();

        var dataset = new CampaignDataset(A.Campaign(), units, people, opinions, problems, rectifications);

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
