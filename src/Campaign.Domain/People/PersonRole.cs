namespace Campaign.Domain.People;

/// <summary>A person's role in their unit.</summary>
public enum PersonRole
{
    /// <summary>The principal leader, "number one" (主要负责同志, 一把手).</summary>
    PrincipalLeader,

    /// <summary>A member of the leadership team (班子成员).</summary>
    TeamMember,

    /// <summary>An ordinary party member (普通党员).</summary>
    Member,
}
