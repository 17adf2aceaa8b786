namespace Campaign.Rules.Tests.Builders;

// The usings sit inside the namespace so that NRules' types win over any type of the same name in the enclosing
// namespace Campaign.Rules (ISession, RuleCompilationException, ...).
using NRules;
using NRules.RuleModel;

/// <summary>A runtime for NRules rule models: NRules' own (the reference) or the indexed runtime of Campaign.Rules.</summary>
public sealed class Runtime
{
    /// <summary>The name given to NRules' runtime in test data.</summary>
    public const string NRulesName = "NRules";

    /// <summary>The name given to the indexed runtime in test data.</summary>
    public const string IndexedName = "Indexed";

    private Runtime(string name, Func<IRuleRepository, ISessionFactory> compile)
    {
        Name = name;
        Compile = compile;
    }

    /// <summary>NRules' runtime: <c>repository.Compile()</c>.</summary>
    public static Runtime NRules { get; } = new(NRulesName, repository => repository.Compile());

    /// <summary>The indexed runtime: <c>repository.CompileIndexed()</c>.</summary>
    public static Runtime Indexed { get; } = new(IndexedName, repository => repository.CompileIndexed());

    public string Name { get; }

    public Func<IRuleRepository, ISessionFactory> Compile { get; }

    public bool IsIndexed => ReferenceEquals(this, Indexed);

    public static Runtime Named(string name) => name switch
    {
        NRulesName => NRules,
        IndexedName => Indexed,
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, "unknown runtime"),
    };

    public override string ToString() => Name;
}
