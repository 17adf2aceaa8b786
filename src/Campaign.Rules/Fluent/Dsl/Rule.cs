using Campaign.Rules.RuleModel;

namespace Campaign.Rules.Fluent.Dsl;

/// <summary>
/// Base class of rules written in the fluent DSL. Override <see cref="Define"/>: declare aliases as locals,
/// bind them with <c>When().Match(() =&gt; alias, ...)</c>, and act on them in <c>Then().Do(ctx =&gt; ...)</c>.
/// </summary>
public abstract class Rule
{
    private RuleBuilder? _builder;

    /// <summary>Defines the rule's conditions and actions; called once when the rule is loaded.</summary>
    public abstract void Define();

    /// <summary>The conditions of the rule.</summary>
    /// <returns>The left-hand side expression.</returns>
    protected ILeftHandSideExpression When() => Builder.Lhs;

    /// <summary>The actions of the rule.</summary>
    /// <returns>The right-hand side expression.</returns>
    protected IRightHandSideExpression Then() => Builder;

    /// <summary>The services the actions use.</summary>
    /// <returns>The dependency expression.</returns>
    protected IDependencyExpression Dependency() => Builder;

    /// <summary>The agenda filters of the rule.</summary>
    /// <returns>The filter expression.</returns>
    protected IFilterExpression Filter() => Builder;

    /// <summary>Sets the rule name (overrides the attribute and the class name).</summary>
    /// <param name="name">The name.</param>
    protected void Name(string name) => Builder.Definition.Name = name;

    /// <summary>Sets the rule priority (overrides the attribute).</summary>
    /// <param name="priority">The priority.</param>
    protected void Priority(int priority) => Builder.Definition.Priority = priority;

    private RuleBuilder Builder => _builder ?? throw new InvalidOperationException("The DSL is usable only inside Define(), while the rule is loaded.");

    internal RuleDefinition Build()
    {
        var metadata = RuleMetadata.For(GetType());
        var definition = new RuleDefinition(metadata.Name, metadata.Description, metadata.Priority, metadata.Repeatability, metadata.Tags, GetType());
        _builder = new RuleBuilder(definition);
        try
        {
            Define();
        }
        catch (RuleDefinitionException)
        {
            throw;
        }
        catch (Exception ex) when (ex is NullReferenceException or InvalidCastException or InvalidOperationException or ArgumentException)
        {
            throw new RuleDefinitionException(definition.Name, $"Define() failed ({ex.GetType().Name}: {ex.Message}); aliases may be used only inside condition and action expressions", ex);
        }
        finally
        {
            _builder = null;
        }

        return definition;
    }
}
