using Campaign.Domain.Events;
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
/// entities change state. The id lookups are built by the constructor (which must check for duplicates); each
/// relation lookup is built on its first use (thread-safe, once), so a caller that never asks never pays.
/// </remarks>
public sealed class CampaignDataset
{
    private readonly Unit[] _unitArray;
    private readonly Person[] _personArray;
    private readonly Opinion[] _opinionArray;
    private readonly Problem[] _problemArray;
    private readonly Rectification[] _rectificationArray;

    // Each id with the position of its record in the array of its collection.
    private readonly Dictionary<string, int> _units;
    private readonly Dictionary<string, int> _people;
    private readonly Dictionary<string, int> _opinions;
    private readonly Dictionary<string, int> _problems;
    private readonly Dictionary<string, int> _rectifications;
    private readonly Lock _relationsLock = new();
    private RelationIndex<Problem>? _problemsOfUnit;
    private RelationIndex<Person>? _peopleOfUnit;
    private RelationIndex<Unit>? _childrenOfUnit;
    private RelationIndex<Rectification>? _rectificationsOfProblem;
    private RelationIndex<Problem>? _problemsOfOpinion;
    private RelationIndex<Problem>? _problemsOfPerson;
    private volatile DomainEvents? _events;

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
        CampaignRun campaign,
        IEnumerable<Unit> units,
        IEnumerable<Person>? people = null,
        IEnumerable<Opinion>? opinions = null,
        IEnumerable<Problem>? problems = null,
        IEnumerable<Rectification>? rectifications = null)
    {
        ArgumentNullException.ThrowIfNull(campaign);
        ArgumentNullException.ThrowIfNull(units);
        Campaign = campaign;
        _unitArray = Copy(units, nameof(units));
        _personArray = Copy(people, nameof(people));
        _opinionArray = Copy(opinions, nameof(opinions));
        _problemArray = Copy(problems, nameof(problems));
        _rectificationArray = Copy(rectifications, nameof(rectifications));
        Units = ReadOnly(_unitArray);
        People = ReadOnly(_personArray);
        Opinions = ReadOnly(_opinionArray);
        Problems = ReadOnly(_problemArray);
        Rectifications = ReadOnly(_rectificationArray);

        var duplicates = new List<string>();
        _units = Index(_unitArray, static u => u.Id, "units", duplicates);
        _people = Index(_personArray, static p => p.Id, "people", duplicates);
        _opinions = Index(_opinionArray, static o => o.Id, "opinions", duplicates);
        _problems = Index(_problemArray, static p => p.Id, "problems", duplicates);
        _rectifications = Index(_rectificationArray, static r => r.Id, "rectifications", duplicates);
        if (duplicates.Count > 0)
        {
            throw new ArgumentException("The dataset has duplicate ids: " + string.Join("; ", duplicates) + ".");
        }
    }

    /// <summary>
    /// Creates a dataset from collections and id indexes that the caller has already checked (the dataset reader):
    /// the arrays are taken over, not copied, and each index maps every id of its collection, uniquely, to the position
    /// of its record. Nothing is checked again.
    /// </summary>
    internal CampaignDataset(
        CampaignRun campaign,
        (Unit[] Items, Dictionary<string, int> Ids) units,
        (Person[] Items, Dictionary<string, int> Ids) people,
        (Opinion[] Items, Dictionary<string, int> Ids) opinions,
        (Problem[] Items, Dictionary<string, int> Ids) problems,
        (Rectification[] Items, Dictionary<string, int> Ids) rectifications)
    {
        Campaign = campaign;
        (_unitArray, _units) = units;
        (_personArray, _people) = people;
        (_opinionArray, _opinions) = opinions;
        (_problemArray, _problems) = problems;
        (_rectificationArray, _rectifications) = rectifications;
        Units = ReadOnly(_unitArray);
        People = ReadOnly(_personArray);
        Opinions = ReadOnly(_opinionArray);
        Problems = ReadOnly(_problemArray);
        Rectifications = ReadOnly(_rectificationArray);
    }

    /// <summary>The campaign.</summary>
    public CampaignRun Campaign { get; }

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

    /// <summary>
    /// The hub where the dataset's records raise their domain events (a rectification rescheduled, an opinion claimed, a
    /// weak-and-lax organisation consolidated…): subscribe to hear every change, whoever makes it.
    /// </summary>
    /// <remarks>
    /// Created on first use, when the dataset's rectifications, opinions and weak-and-lax records start to be followed
    /// (thread-safe, once); a dataset whose hub is never asked for costs nothing more to read or change. Records added
    /// next to the dataset are followed through <see cref="DomainEvents.Follow(Rectification)"/> and its overloads.
    /// </remarks>
    public DomainEvents Events
    {
        get
        {
            if (_events is { } events)
            {
                return events;
            }

            lock (_relationsLock)
            {
                return _events ??= FollowAll();
            }
        }
    }

    /// <summary>The unit with id <paramref name="id"/>, or null.</summary>
    /// <param name="id">The unit id.</param>
    /// <returns>The unit, or null when absent.</returns>
    public Unit? FindUnit(string id) => _units.TryGetValue(id, out var at) ? _unitArray[at] : null;

    /// <summary>The person with id <paramref name="id"/>, or null.</summary>
    /// <param name="id">The person id.</param>
    /// <returns>The person, or null when absent.</returns>
    public Person? FindPerson(string id) => _people.TryGetValue(id, out var at) ? _personArray[at] : null;

    /// <summary>The opinion with id <paramref name="id"/>, or null.</summary>
    /// <param name="id">The opinion id.</param>
    /// <returns>The opinion, or null when absent.</returns>
    public Opinion? FindOpinion(string id) => _opinions.TryGetValue(id, out var at) ? _opinionArray[at] : null;

    /// <summary>The problem with id <paramref name="id"/>, or null.</summary>
    /// <param name="id">The problem id.</param>
    /// <returns>The problem, or null when absent.</returns>
    public Problem? FindProblem(string id) => _problems.TryGetValue(id, out var at) ? _problemArray[at] : null;

    /// <summary>The rectification with id <paramref name="id"/>, or null.</summary>
    /// <param name="id">The rectification id.</param>
    /// <returns>The rectification, or null when absent.</returns>
    public Rectification? FindRectification(string id) => _rectifications.TryGetValue(id, out var at) ? _rectificationArray[at] : null;

    private DomainEvents FollowAll()
    {
        var events = new DomainEvents();
        foreach (var rectification in _rectificationArray)
        {
            rectification.FollowedBy(events);
        }

        foreach (var opinion in _opinionArray)
        {
            opinion.FollowedBy(events);
        }

        foreach (var unit in _unitArray)
        {
            unit.WeakLax?.FollowedBy(events);
        }

        return events;
    }

    /// <summary>The problems of the unit, in input order.</summary>
    /// <param name="unitId">The unit id.</param>
    /// <returns>The problems whose <see cref="Problem.UnitId"/> is <paramref name="unitId"/>, as a read-only list; empty when none.</returns>
    public IReadOnlyList<Problem> ProblemsOfUnit(string unitId)
    {
        ArgumentNullException.ThrowIfNull(unitId);
        return (Volatile.Read(ref _problemsOfUnit) ?? BuildProblemsOfUnit()).Get(unitId);
    }

    /// <summary>The people of the unit, in input order.</summary>
    /// <param name="unitId">The unit id.</param>
    /// <returns>The people whose <see cref="Person.UnitId"/> is <paramref name="unitId"/>, as a read-only list; empty when none.</returns>
    public IReadOnlyList<Person> PeopleOfUnit(string unitId)
    {
        ArgumentNullException.ThrowIfNull(unitId);
        return (Volatile.Read(ref _peopleOfUnit) ?? BuildPeopleOfUnit()).Get(unitId);
    }

    /// <summary>The direct children of the unit, in input order.</summary>
    /// <param name="unitId">The unit id.</param>
    /// <returns>The units whose <see cref="Unit.ParentId"/> is <paramref name="unitId"/>, as a read-only list; empty when none.</returns>
    public IReadOnlyList<Unit> ChildrenOfUnit(string unitId)
    {
        ArgumentNullException.ThrowIfNull(unitId);
        return (Volatile.Read(ref _childrenOfUnit) ?? BuildChildrenOfUnit()).Get(unitId);
    }

    /// <summary>The rectifications that list the problem, in input order, each once.</summary>
    /// <param name="problemId">The problem id.</param>
    /// <returns>The rectifications whose <see cref="Rectification.ProblemIds"/> contain <paramref name="problemId"/>, as a read-only list; empty when none.</returns>
    public IReadOnlyList<Rectification> RectificationsOfProblem(string problemId)
    {
        ArgumentNullException.ThrowIfNull(problemId);
        return (Volatile.Read(ref _rectificationsOfProblem) ?? BuildRectificationsOfProblem()).Get(problemId);
    }

    /// <summary>The problems that came from the opinion, in input order, each once.</summary>
    /// <param name="opinionId">The opinion id.</param>
    /// <returns>The problems whose <see cref="Problem.OpinionIds"/> contain <paramref name="opinionId"/>, as a read-only list; empty when none.</returns>
    public IReadOnlyList<Problem> ProblemsOfOpinion(string opinionId)
    {
        ArgumentNullException.ThrowIfNull(opinionId);
        return (Volatile.Read(ref _problemsOfOpinion) ?? BuildProblemsOfOpinion()).Get(opinionId);
    }

    /// <summary>The problems the person owns individually, in input order.</summary>
    /// <param name="personId">The person id.</param>
    /// <returns>The problems whose owner is the individual <paramref name="personId"/>, as a read-only list; empty when none.</returns>
    public IReadOnlyList<Problem> ProblemsOfPerson(string personId)
    {
        ArgumentNullException.ThrowIfNull(personId);
        return (Volatile.Read(ref _problemsOfPerson) ?? BuildProblemsOfPerson()).Get(personId);
    }

    // The Build* methods run once per relation, under the lock (double-checked); hot path.
    private RelationIndex<Problem> BuildProblemsOfUnit()
    {
        lock (_relationsLock)
        {
            if (_problemsOfUnit is null)
            {
                var builder = new RelationIndexBuilder<Problem>(_unitArray.Length, _problemArray.Length);
                for (var i = 0; i < _problemArray.Length; i++)
                {
                    builder.Add(_problemArray[i].UnitId, _problemArray[i], i);
                }

                Volatile.Write(ref _problemsOfUnit, builder.Build());
            }

            return _problemsOfUnit;
        }
    }

    private RelationIndex<Person> BuildPeopleOfUnit()
    {
        lock (_relationsLock)
        {
            if (_peopleOfUnit is null)
            {
                var builder = new RelationIndexBuilder<Person>(_unitArray.Length, _personArray.Length);
                for (var i = 0; i < _personArray.Length; i++)
                {
                    builder.Add(_personArray[i].UnitId, _personArray[i], i);
                }

                Volatile.Write(ref _peopleOfUnit, builder.Build());
            }

            return _peopleOfUnit;
        }
    }

    private RelationIndex<Unit> BuildChildrenOfUnit()
    {
        lock (_relationsLock)
        {
            if (_childrenOfUnit is null)
            {
                var builder = new RelationIndexBuilder<Unit>(_unitArray.Length, _unitArray.Length);
                for (var i = 0; i < _unitArray.Length; i++)
                {
                    if (_unitArray[i].ParentId is { } parentId)
                    {
                        builder.Add(parentId, _unitArray[i], i);
                    }
                }

                Volatile.Write(ref _childrenOfUnit, builder.Build());
            }

            return _childrenOfUnit;
        }
    }

    private RelationIndex<Rectification> BuildRectificationsOfProblem()
    {
        lock (_relationsLock)
        {
            if (_rectificationsOfProblem is null)
            {
                var builder = new RelationIndexBuilder<Rectification>(_problemArray.Length, _rectificationArray.Length);
                for (var i = 0; i < _rectificationArray.Length; i++)
                {
                    var problemIds = _rectificationArray[i].ProblemIds;
                    for (var j = 0; j < problemIds.Count; j++)
                    {
                        builder.Add(problemIds[j], _rectificationArray[i], i);
                    }
                }

                Volatile.Write(ref _rectificationsOfProblem, builder.Build());
            }

            return _rectificationsOfProblem;
        }
    }

    private RelationIndex<Problem> BuildProblemsOfOpinion()
    {
        lock (_relationsLock)
        {
            if (_problemsOfOpinion is null)
            {
                var builder = new RelationIndexBuilder<Problem>(Opinions.Count, _problemArray.Length);
                for (var i = 0; i < _problemArray.Length; i++)
                {
                    var opinionIds = _problemArray[i].OpinionIds;
                    for (var j = 0; j < opinionIds.Count; j++)
                    {
                        builder.Add(opinionIds[j], _problemArray[i], i);
                    }
                }

                Volatile.Write(ref _problemsOfOpinion, builder.Build());
            }

            return _problemsOfOpinion;
        }
    }

    private RelationIndex<Problem> BuildProblemsOfPerson()
    {
        lock (_relationsLock)
        {
            if (_problemsOfPerson is null)
            {
                var builder = new RelationIndexBuilder<Problem>(_personArray.Length, _problemArray.Length);
                for (var i = 0; i < _problemArray.Length; i++)
                {
                    if (_problemArray[i].Owner.PersonId is { } personId)
                    {
                        builder.Add(personId, _problemArray[i], i);
                    }
                }

                Volatile.Write(ref _problemsOfPerson, builder.Build());
            }

            return _problemsOfPerson;
        }
    }

    private static T[] Copy<T>(IEnumerable<T>? items, string name)
        where T : class
    {
        if (items is null)
        {
            return [];
        }

        var copy = items.ToArray();
        for (var i = 0; i < copy.Length; i++)
        {
            if (copy[i] is null)
            {
                throw new ArgumentNullException(name, $"Item {i} of '{name}' is null.");
            }
        }

        return copy;
    }

    private static IReadOnlyList<T> ReadOnly<T>(T[] items) => Array.AsReadOnly(items);

    // Hot path: a presized dictionary; the id selector is a static (cached) lambda, not a closure.
    private static Dictionary<string, int> Index<T>(T[] items, Func<T, string> idOf, string collection, List<string> duplicates)
    {
        var index = new Dictionary<string, int>(items.Length, StringComparer.Ordinal);
        for (var i = 0; i < items.Length; i++)
        {
            var id = idOf(items[i]);
            if (!index.TryAdd(id, i))
            {
                duplicates.Add($"{collection}[{i}] repeats the id '{id}'");
            }
        }

        return index;
    }
}
