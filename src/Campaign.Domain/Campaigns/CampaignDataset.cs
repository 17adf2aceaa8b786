using Campaign.Domain.Opinions;
using Campaign.Domain.People;
using Campaign.Domain.Problems;
using Campaign.Domain.Rectifications;
using Campaign.Domain.Units;

namespace Campaign.Domain.Campaigns;

/// <summary>
/// Everything a compliance check needs: the campaign, its units, people, opinions, problems and
/// rectifications, in input order, with lookups by id and by relation built once.
/// </summary>
/// <remarks>
/// The constructor refuses duplicate ids within a collection (listing all of them) but does not check
/// references between records: the dataset reader does that and reports JSON paths. Lookups by a missing id
/// return null; relation lookups return an empty list. Ids compare ordinally. The relations an entity carries
/// (unit ids, problem ids, opinion ids, owners) are fixed at construction, so the lookups stay valid when the
/// entities change state.
/// </remarks>
public sealed class CampaignDataset
{
    private readonly Dictionary<string, Unit> _units;
    private readonly Dictionary<string, Person> _people;
    private readonly Dictionary<string, Opinion> _opinions;
    private readonly Dictionary<string, Problem> _problems;
    private readonly Dictionary<string, Rectification> _rectifications;
    private readonly Dictionary<string, IReadOnlyList<Problem>> _problemsOfUnit;
    private readonly Dictionary<string, IReadOnlyList<Person>> _peopleOfUnit;
    private readonly Dictionary<string, IReadOnlyList<Unit>> _childrenOfUnit;
    private readonly Dictionary<string, IReadOnlyList<Rectification>> _rectificationsOfProblem;
    private readonly Dictionary<string, IReadOnlyList<Problem>> _problemsOfOpinion;
    private readonly Dictionary<string, IReadOnlyList<Problem>> _problemsOfPerson;

    /// <summary>Creates a dataset.</summary>
    /// <param name="campaign">The campaign.</param>
    /// <param name="units">The units; may be empty.</param>
    /// <param name="people">The people; none by default.</param>
    /// <param name="opinions">The opinions; none by default.</param>
    /// <param name="problems">The problems; none by default.</param>
    /// <param name="rectifications">The rectifications; none by default.</param>
    /// <exception cref="ArgumentNullException"><paramref name="campaign"/> or <paramref name="units"/> is null, or a collection holds null.</exception>
    /// <exception cref="ArgumentException">Two records of one collection share an id (every duplicate is listed).</exception>
    public CampaignDataset(
        Campaign campaign,
        IEnumerable<Unit> units,
        IEnumerable<Person>? people = null,
        IEnumerable<Opinion>? opinions = null,
        IEnumerable<Problem>? problems = null,
        IEnumerable<Rectification>? rectifications = null)
    {
        ArgumentNullException.ThrowIfNull(campaign);
        ArgumentNullException.ThrowIfNull(units);
        Campaign = campaign;
        Units = Copy(units, nameof(units));
        People = Copy(people, nameof(people));
        Opinions = Copy(opinions, nameof(opinions));
        Problems = Copy(problems, nameof(problems));
        Rectifications = Copy(rectifications, nameof(rectifications));

        var duplicates = new List<string>();
        _units = Index(Units, static u => u.Id, "units", duplicates);
        _people = Index(People, static p => p.Id, "people", duplicates);
        _opinions = Index(Opinions, static o => o.Id, "opinions", duplicates);
        _problems = Index(Problems, static p => p.Id, "problems", duplicates);
        _rectifications = Index(Rectifications, static r => r.Id, "rectifications", duplicates);
        if (duplicates.Count > 0)
        {
            throw new ArgumentException("The dataset has duplicate ids: " + string.Join("; ", duplicates) + ".");
        }

        var childrenOfUnit = NewMap<Unit>();
        foreach (var unit in Units)
        {
            if (unit.ParentId is { } parentId)
            {
                Add(childrenOfUnit, parentId, unit);
            }
        }

        var peopleOfUnit = NewMap<Person>();
        foreach (var person in People)
        {
            Add(peopleOfUnit, person.UnitId, person);
        }

        var problemsOfUnit = NewMap<Problem>();
        var problemsOfPerson = NewMap<Problem>();
        var problemsOfOpinion = NewMap<Problem>();
        foreach (var problem in Problems)
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
        foreach (var rectification in Rectifications)
        {
            for (var i = 0; i < rectification.ProblemIds.Count; i++)
            {
                AddOnce(rectificationsOfProblem, rectification.ProblemIds[i], rectification);
            }
        }

        _childrenOfUnit = Freeze(childrenOfUnit);
        _peopleOfUnit = Freeze(peopleOfUnit);
        _problemsOfUnit = Freeze(problemsOfUnit);
        _problemsOfPerson = Freeze(problemsOfPerson);
        _problemsOfOpinion = Freeze(problemsOfOpinion);
        _rectificationsOfProblem = Freeze(rectificationsOfProblem);
    }

    /// <summary>The campaign.</summary>
    public Campaign Campaign { get; }

    /// <summary>The units, in input order.</summary>
    public IReadOnlyList<Unit> Units { get; }

    /// <summary>The people, in input order.</summary>
    public IReadOnlyList<Person> People { get; }

    /// <summary>The opinions, in input order.</summary>
    public IReadOnlyList<Opinion> Opinions { get; }

    /// <summary>The problems, in input order.</summary>
    public IReadOnlyList<Problem> Problems { get; }

    /// <summary>The rectifications, in input order.</summary>
    public IReadOnlyList<Rectification> Rectifications { get; }

    /// <summary>The unit with id <paramref name="id"/>, or null.</summary>
    /// <param name="id">The unit id.</param>
    /// <returns>The unit, or null when absent.</returns>
    public Unit? FindUnit(string id) => _units.GetValueOrDefault(id);

    /// <summary>The person with id <paramref name="id"/>, or null.</summary>
    /// <param name="id">The person id.</param>
    /// <returns>The person, or null when absent.</returns>
    public Person? FindPerson(string id) => _people.GetValueOrDefault(id);

    /// <summary>The opinion with id <paramref name="id"/>, or null.</summary>
    /// <param name="id">The opinion id.</param>
    /// <returns>The opinion, or null when absent.</returns>
    public Opinion? FindOpinion(string id) => _opinions.GetValueOrDefault(id);

    /// <summary>The problem with id <paramref name="id"/>, or null.</summary>
    /// <param name="id">The problem id.</param>
    /// <returns>The problem, or null when absent.</returns>
    public Problem? FindProblem(string id) => _problems.GetValueOrDefault(id);

    /// <summary>The rectification with id <paramref name="id"/>, or null.</summary>
    /// <param name="id">The rectification id.</param>
    /// <returns>The rectification, or null when absent.</returns>
    public Rectification? FindRectification(string id) => _rectifications.GetValueOrDefault(id);

    /// <summary>The problems of the unit, in input order.</summary>
    /// <param name="unitId">The unit id.</param>
    /// <returns>The problems whose <see cref="Problem.UnitId"/> is <paramref name="unitId"/>; empty when none.</returns>
    public IReadOnlyList<Problem> ProblemsOfUnit(string unitId) => Lookup(_problemsOfUnit, unitId);

    /// <summary>The people of the unit, in input order.</summary>
    /// <param name="unitId">The unit id.</param>
    /// <returns>The people whose <see cref="Person.UnitId"/> is <paramref name="unitId"/>; empty when none.</returns>
    public IReadOnlyList<Person> PeopleOfUnit(string unitId) => Lookup(_peopleOfUnit, unitId);

    /// <summary>The direct children of the unit, in input order.</summary>
    /// <param name="unitId">The unit id.</param>
    /// <returns>The units whose <see cref="Unit.ParentId"/> is <paramref name="unitId"/>; empty when none.</returns>
    public IReadOnlyList<Unit> ChildrenOfUnit(string unitId) => Lookup(_childrenOfUnit, unitId);

    /// <summary>The rectifications that list the problem, in input order, each once.</summary>
    /// <param name="problemId">The problem id.</param>
    /// <returns>The rectifications whose <see cref="Rectification.ProblemIds"/> contain <paramref name="problemId"/>; empty when none.</returns>
    public IReadOnlyList<Rectification> RectificationsOfProblem(string problemId) => Lookup(_rectificationsOfProblem, problemId);

    /// <summary>The problems that came from the opinion, in input order, each once.</summary>
    /// <param name="opinionId">The opinion id.</param>
    /// <returns>The problems whose <see cref="Problem.OpinionIds"/> contain <paramref name="opinionId"/>; empty when none.</returns>
    public IReadOnlyList<Problem> ProblemsOfOpinion(string opinionId) => Lookup(_problemsOfOpinion, opinionId);

    /// <summary>The problems the person owns individually, in input order.</summary>
    /// <param name="personId">The person id.</param>
    /// <returns>The problems whose owner is the individual <paramref name="personId"/>; empty when none.</returns>
    public IReadOnlyList<Problem> ProblemsOfPerson(string personId) => Lookup(_problemsOfPerson, personId);

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

        // The same record may list an id twice; it is related once.
        if (list.Count == 0 || !ReferenceEquals(list[^1], item))
        {
            list.Add(item);
        }
    }

    private static IReadOnlyList<T> Lookup<T>(Dictionary<string, IReadOnlyList<T>> map, string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        return map.TryGetValue(key, out var list) ? list : Array.Empty<T>();
    }
}
