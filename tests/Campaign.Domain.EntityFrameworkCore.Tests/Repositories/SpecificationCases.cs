using Ardalis.Specification;
using Campaign.Domain.Campaigns;
using Campaign.Domain.Opinions;
using Campaign.Domain.Problems;
using Campaign.Domain.Rectifications;
using Campaign.Domain.Specifications;
using Campaign.Domain.Units;

namespace Campaign.Domain.EntityFrameworkCore.Tests.Repositories;

/// <summary>
/// One source of specification cases for the three evaluators: Ardalis' in-memory evaluator, and the store's
/// repository on SQLite and on PostgreSQL. Each case gives the ids (or projected values) it selects.
/// </summary>
public static class SpecificationCases
{
    private static readonly DateOnly AsOf = new(2014, 7, 15);

    private static readonly Dictionary<string, SpecificationCase> Cases = new[]
    {
        Entities("OpenRectifications", _ => new OpenRectifications(), d => d.Rectifications, r => r.Id),
        Entities("FinishedRectifications", _ => new FinishedRectifications(), d => d.Rectifications, r => r.Id),
        Entities("RectificationsWithDeadline", _ => new RectificationsWithDeadline(), d => d.Rectifications, r => r.Id),
        Entities("RectificationsInMode", _ => new RectificationsInMode(RectificationMode.Immediate), d => d.Rectifications, r => r.Id),
        Entities("OverdueRectifications", _ => new OverdueRectifications(AsOf), d => d.Rectifications, r => r.Id),
        Entities("TeamProblems", _ => new TeamProblems(), d => d.Problems, p => p.Id),
        Entities("PersonalProblems", _ => new PersonalProblems(), d => d.Problems, p => p.Id),
        Entities("PersonalProblemsOf", d => new PersonalProblemsOf(d.Problems.First(p => !p.Owner.IsTeam).Owner.PersonId!), d => d.Problems, p => p.Id),
        Entities("ProblemsOfUnit", d => new ProblemsOfUnit(d.Problems[d.Problems.Count / 2].UnitId), d => d.Problems, p => p.Id),
        Entities("ProblemsInCategory", _ => new ProblemsInCategory(ProblemCategory.FourWinds), d => d.Problems, p => p.Id),
        Entities("ProblemsWithFocus", _ => new ProblemsWithFocus(), d => d.Problems, p => p.Id),
        Entities("UnclaimedOpinions", _ => new UnclaimedOpinions(), d => d.Opinions, o => o.Id),
        Entities("OpinionsNotReportedBack", _ => new OpinionsNotReportedBack(), d => d.Opinions, o => o.Id),
        Entities("PersonalOpinions", _ => new PersonalOpinions(), d => d.Opinions, o => o.Id),
        Entities("OpinionsOfUnit", d => new OpinionsOfUnit(d.Opinions[0].UnitId), d => d.Opinions, o => o.Id),
        Entities("WeakLaxUnits", _ => new WeakLaxUnits(), d => d.Units, u => u.Id),
        Entities("UnitsOfKind", _ => new UnitsOfKind(UnitKind.VillageOrCommunity), d => d.Units, u => u.Id),
        Entities("UnitsWithEducation", _ => new UnitsWithEducation(), d => d.Units, u => u.Id),
        Entities("ChildUnitsOf", d => new ChildUnitsOf(d.Units[0].Id), d => d.Units, u => u.Id),
        Entities("UnitSubtree", d => new UnitSubtree(d.Units.First(u => d.ChildrenOfUnit(u.Id).Count > 0 && u.ParentId != null).Id, d.Units), d => d.Units, u => u.Id),
        Entities("TeamWorkProblems (And)", _ => new TeamProblems().And(new ProblemsInCategory(ProblemCategory.Work)), d => d.Problems, p => p.Id),
        Entities("OverduePage (order, skip, take)", _ => new OverduePage(AsOf, 5, 20), d => d.Rectifications, r => r.Id, ordered: true),
        Entities("WeakLaxUnitsWithRecord (include)", _ => new WeakLaxUnitsWithRecord(), d => d.Units, u => u.Id + "/" + u.WeakLax!.DesignatedOn.ToString("O")),
        Entities("ProblemsMentioning (search)", _ => new ProblemsMentioning("%会%"), d => d.Problems, p => p.Id),
        Projection("ResponsiblePeopleOfOverdue (select)", _ => new ResponsiblePeopleOfOverdue(AsOf), d => d.Rectifications, ordered: true),
    }.ToDictionary(c => c.Name);

    public static TheoryData<string> Names
    {
        get
        {
            var names = new TheoryData<string>();
            foreach (var name in Cases.Keys)
            {
                names.Add(name);
            }

            return names;
        }
    }

    public static SpecificationCase Get(string name) => Cases[name];

    private static SpecificationCase Entities<T>(
        string name, Func<CampaignDataset, ISpecification<T>> make, Func<CampaignDataset, IEnumerable<T>> source, Func<T, string> key, bool ordered = false)
        where T : class =>
        new(
            name,
            ordered,
            d => make(d).Evaluate(source(d)).Select(key).ToList(),
            async (context, d) => (await new CampaignRepository<T>(context).ListAsync(make(d))).Select(key).ToList());

    private static SpecificationCase Projection<T>(
        string name, Func<CampaignDataset, ISpecification<T, string>> make, Func<CampaignDataset, IEnumerable<T>> source, bool ordered)
        where T : class =>
        new(
            name,
            ordered,
            d => make(d).Evaluate(source(d)).ToList(),
            async (context, d) => await new CampaignRepository<T>(context).ListAsync(make(d)));

    private sealed class OverduePage : Specification<Rectification>
    {
        public OverduePage(DateOnly asOf, int skip, int take) =>
            Query.Where(r => (r.Status == RectificationStatus.NotStarted || r.Status == RectificationStatus.InProgress) && r.Deadline != null && r.Deadline < asOf)
                .OrderBy(r => r.Deadline).ThenByDescending(r => r.Id)
                .Skip(skip).Take(take);
    }

    private sealed class WeakLaxUnitsWithRecord : Specification<Unit>
    {
        public WeakLaxUnitsWithRecord() => Query.Include(u => u.WeakLax).Where(u => u.WeakLax != null);
    }

    private sealed class ProblemsMentioning : Specification<Problem>
    {
        public ProblemsMentioning(string pattern) => Query.Search(p => p.Text, pattern);
    }

    private sealed class ResponsiblePeopleOfOverdue : Specification<Rectification, string>
    {
        public ResponsiblePeopleOfOverdue(DateOnly asOf)
        {
            Query.Where(r => (r.Status == RectificationStatus.NotStarted || r.Status == RectificationStatus.InProgress)
                    && r.Deadline != null && r.Deadline < asOf && r.ResponsiblePersonId != null)
                .OrderBy(r => r.Id);
            Query.Select(r => r.ResponsiblePersonId!);
        }
    }
}
