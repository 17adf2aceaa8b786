namespace Campaign.Domain.Problems;

/// <summary>One of the four winds (四风).</summary>
public enum FourWind
{
    /// <summary>Formalism (形式主义).</summary>
    Formalism,

    /// <summary>Bureaucratism (官僚主义).</summary>
    Bureaucratism,

    /// <summary>Hedonism (享乐主义).</summary>
    Hedonism,

    /// <summary>Extravagance (奢靡之风).</summary>
    Extravagance,
}
