namespace Campaign.Domain.Problems;

/// <summary>The category of a problem (问题类别).</summary>
public enum ProblemCategory
{
    /// <summary>A four-winds problem (四风问题): formalism, bureaucratism, hedonism, extravagance.</summary>
    FourWinds,

    /// <summary>A work problem (工作问题): a performance shortfall, not a problem of work style.</summary>
    Work,

    /// <summary>A problem of the masses' vital interests (群众反映强烈的切身利益问题).</summary>
    MassInterest,

    /// <summary>Malpractice close to the masses (群众身边的不正之风).</summary>
    MalpracticeNearMasses,

    /// <summary>Organisational laxity and lax discipline (组织涣散、纪律松弛).</summary>
    OrganisationalLaxity,

    /// <summary>Any other problem (其他).</summary>
    Other,
}
