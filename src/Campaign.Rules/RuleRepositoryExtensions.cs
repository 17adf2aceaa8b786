using NRules.RuleModel;

namespace Campaign.Rules;

/// <summary>Compiles an NRules rule repository for the indexed runtime.</summary>
public static class RuleRepositoryExtensions
{
    /// <summary>
    /// Compiles every rule of the repository into a session factory of the indexed runtime: the counterpart of
    /// NRules' <c>repository.Compile()</c>.
    /// </summary>
    /// <param name="repository">The repository.</param>
    /// <returns>The session factory.</returns>
    public static NRules.ISessionFactory CompileIndexed(this IRuleRepository repository) => CompileIndexed(repository, CancellationToken.None);

    /// <summary>Compiles every rule of the repository into a session factory of the indexed runtime.</summary>
    /// <param name="repository">The repository.</param>
    /// <param name="cancellationToken">Stops the compilation between rules.</param>
    /// <returns>The session factory.</returns>
    public static NRules.ISessionFactory CompileIndexed(this IRuleRepository repository, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(repository);
        return new IndexedRuleCompiler().Compile(repository.GetRuleSets(), cancellationToken);
    }
}
