using BenchmarkDotNet.Attributes;
using Campaign.Domain.Campaigns;
using Campaign.Domain.Opinions;
using Campaign.Domain.People;
using Campaign.Domain.Problems;
using Campaign.Domain.Rectifications;
using Campaign.Domain.Serialization;
using Campaign.Domain.Units;

namespace Campaign.Benchmarks.Dataset;

/// <summary>
/// Constructing a <see cref="CampaignDataset"/> from entities already in memory, against an eager index
/// (<see cref="LegacyDatasetIndex"/>: id dictionaries plus a List per key for every relation, all built at once).
/// </summary>
[MemoryDiagnoser]
public class DatasetConstructionBenchmark
{
    private CampaignRun _campaign = null!;
    private List<Unit> _units = [];
    private List<Person> _people = [];
    private List<Opinion> _opinions = [];
    private List<Problem> _problems = [];
    private List<Rectification> _rectifications = [];

    /// <summary>The number of problems (and rectifications) in the dataset.</summary>
    [Params(100_000)]
    public int Problems { get; set; }

    /// <summary>Builds the entities once, through the synthetic document and the reader.</summary>
    [GlobalSetup]
    public void Setup()
    {
        using var stream = new MemoryStream(SyntheticDataset.Json(Problems), writable: false);
        var dataset = CampaignDatasetReader.Read(stream);
        _campaign = dataset.Campaign;
        _units = [.. dataset.Units];
        _people = [.. dataset.People];
        _opinions = [.. dataset.Opinions];
        _problems = [.. dataset.Problems];
        _rectifications = [.. dataset.Rectifications];
    }

    /// <summary>The eager baseline: copies, id dictionaries and every relation as a List per key.</summary>
    [Benchmark(Baseline = true)]
    public int Legacy() => new LegacyDatasetIndex(_campaign, _units, _people, _opinions, _problems, _rectifications).Count;

    /// <summary>The constructor alone: copies and id dictionaries; relations are built on first use.</summary>
    [Benchmark]
    public int Construct() => new CampaignDataset(_campaign, _units, _people, _opinions, _problems, _rectifications).Problems.Count;

    /// <summary>The constructor plus one lookup of each relation, which builds all six (like the legacy constructor).</summary>
    [Benchmark]
    public int ConstructAndAllRelations()
    {
        var dataset = new CampaignDataset(_campaign, _units, _people, _opinions, _problems, _rectifications);
        return dataset.ProblemsOfUnit("U-000001").Count
            + dataset.PeopleOfUnit("U-000001").Count
            + dataset.ChildrenOfUnit("U-000000").Count
            + dataset.RectificationsOfProblem("PR-0000001").Count
            + dataset.ProblemsOfOpinion("O-0000001").Count
            + dataset.ProblemsOfPerson("P-000001-0").Count;
    }

    /// <summary>The eager design the lazy relations of CampaignDataset are measured against.</summary>
    private sealed class LegacyDatasetIndex
    {
        private readonly Dictionary<string, IReadOnlyList<Problem>> _problemsOfUnit;

        public LegacyDatasetIndex(
            CampaignRun campaign,
            IEnumerable<Unit> units,
            IEnumerable<Person>? people = null,
            IEnumerable<Opinion>? opinions = null,
            IEnumerable<Problem>? problems = null,
            IEnumerable<Rectification>? rectifications = null)
        {
            ArgumentNullException.ThrowIfNull(campaign);
            ArgumentNullException.ThrowIfNull(units);
            var unitList = Copy(units, nameof(units));
            var peopleList = Copy(people, nameof(people));
            var opinionList = Copy(opinions, nameof(opinions));
            var problemList = Copy(problems, nameof(problems));
            var rectificationList = Copy(rectifications, nameof(rectifications));

            var duplicates = new List<string>();
            _ = Index(unitList, static u => u.Id, "units", duplicates);
            _ = Index(peopleList, static p => p.Id, "people", duplicates);
            _ = Index(opinionList, static o => o.Id, "opinions", duplicates);
            _ = Index(problemList, static p => p.Id, "problems", duplicates);
            _ = Index(rectificationList, static r => r.Id, "rectifications", duplicates);
            if (duplicates.Count > 0)
            {
                throw new ArgumentException("The dataset has duplicate ids: " + string.Join("; ", duplicates) + ".");
            }

            var childrenOfUnit = NewMap<Unit>();
            foreach (var unit in unitList)
            {
                if (unit.ParentId is { } parentId)
                {
                    Add(childrenOfUnit, parentId, unit);
                }
            }

            var peopleOfUnit = NewMap<Person>();
            foreach (var person in peopleList)
            {
                Add(peopleOfUnit, person.UnitId, person);
            }

            var problemsOfUnit = NewMap<Problem>();
            var problemsOfPerson = NewMap<Problem>();
            var problemsOfOpinion = NewMap<Problem>();
            foreach (var problem in problemList)
            {
                Add(problemsOfUnit, problem.UnitId, problem);
                if (problem.Owner.PersonId is { } personId)
                {
                    Add(problemsOfPerson, personId, problem);
                }

                for (var i = 0; i < problem.OpinionIds.Count; i++)
                {
                    AddOnce(problemsOfOpinion, problem.OpinionIds[i], problem);
                }
            }

            var rectificationsOfProblem = NewMap<Rectification>();
            foreach (var rectification in rectificationList)
            {
                for (var i = 0; i < rectification.ProblemIds.Count; i++)
                {
                    AddOnce(rectificationsOfProblem, rectification.ProblemIds[i], rectification);
                }
            }

            _ = Freeze(childrenOfUnit);
            _ = Freeze(peopleOfUnit);
            _problemsOfUnit = Freeze(problemsOfUnit);
            _ = Freeze(problemsOfPerson);
            _ = Freeze(problemsOfOpinion);
            _ = Freeze(rectificationsOfProblem);
        }

        public int Count => _problemsOfUnit.Count;

        private static IReadOnlyList<T> Copy<T>(IEnumerable<T>? items, string name)
            where T : class
        {
            if (items is null)
            {
                return Array.Empty<T>();
            }

            var copy = items.ToArray();
            for (var i = 0; i < copy.Length; i++)
            {
                if (copy[i] is null)
                {
                    throw new ArgumentNullException(name, $"Item {i} of '{name}' is null.");
                }
            }

            return Array.AsReadOnly(copy);
        }

        private static Dictionary<string, List<T>> NewMap<T>() => new(StringComparer.Ordinal);

        private static Dictionary<string, IReadOnlyList<T>> Freeze<T>(Dictionary<string, List<T>> map)
        {
            var frozen = new Dictionary<string, IReadOnlyList<T>>(map.Count, StringComparer.Ordinal);
            foreach (var (key, list) in map)
            {
                frozen.Add(key, list.AsReadOnly());
            }

            return frozen;
        }

        private static Dictionary<string, T> Index<T>(IReadOnlyList<T> items, Func<T, string> idOf, string collection, List<string> duplicates)
        {
            var index = new Dictionary<string, T>(items.Count, StringComparer.Ordinal);
            for (var i = 0; i < items.Count; i++)
            {
                var id = idOf(items[i]);
                if (!index.TryAdd(id, items[i]))
                {
                    duplicates.Add($"{collection}[{i}] repeats the id '{id}'");
                }
            }

            return index;
        }

        private static void Add<T>(Dictionary<string, List<T>> map, string key, T item)
        {
            if (!map.TryGetValue(key, out var list))
            {
                list = [];
                map.Add(key, list);
            }

            list.Add(item);
        }

        private static void AddOnce<T>(Dictionary<string, List<T>> map, string key, T item)
            where T : class
        {
            if (!map.TryGetValue(key, out var list))
            {
                list = [];
                map.Add(key, list);
            }

            if (list.Count == 0 || !ReferenceEquals(list[^1], item))
            {
                list.Add(item);
            }
        }
    }
}
