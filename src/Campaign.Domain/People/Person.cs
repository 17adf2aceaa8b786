namespace Campaign.Domain.People;

/// <summary>A party member or cadre (党员、干部) of one unit.</summary>
/// <remarks>An entity: identity is the reference, <see cref="Id"/> is unique within a dataset.</remarks>
public sealed class Person
{
    /// <summary>Creates a person.</summary>
    /// <param name="id">The person id; not empty.</param>
    /// <param name="name">The person's name.</param>
    /// <param name="unitId">The id of the unit whose leadership team or membership the person belongs to; not empty.</param>
    /// <param name="role">The person's role.</param>
    /// <exception cref="ArgumentException">An id is empty.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    public Person(string id, string name, string unitId, PersonRole role)
    {
        Id = Guard.Id(id, nameof(id));
        Name = Guard.Text(name, nameof(name));
        UnitId = Guard.Id(unitId, nameof(unitId));
        Role = role;
    }

    /// <summary>The person id.</summary>
    public string Id { get; }

    /// <summary>The person's name.</summary>
    public string Name { get; }

    /// <summary>The id of the person's unit.</summary>
    public string UnitId { get; }

    /// <summary>The person's role.</summary>
    public PersonRole Role { get; }

    /// <summary>Whether the person belongs to the leadership team: a principal leader or a team member.</summary>
    public bool IsLeadershipTeamMember => Role is PersonRole.PrincipalLeader or PersonRole.TeamMember;

    /// <inheritdoc />
    public override string ToString() => $"{Id} {Name} ({Role})";
}
