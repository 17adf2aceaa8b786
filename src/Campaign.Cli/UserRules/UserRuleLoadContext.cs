using System.Reflection;
using System.Runtime.Loader;

namespace Campaign.Cli.UserRules;

/// <summary>
/// The load context of one user rule assembly (<c>check --rules PATH.dll</c>). Its references resolve against the tool's
/// own assemblies first, so the user's classes derive from the tool's <c>NRules.Fluent.Dsl.Rule</c> and make the tool's
/// <c>Finding</c>; anything the tool does not have comes from the assembly's own folder (its <c>.deps.json</c> when it has one).
/// </summary>
internal sealed class UserRuleLoadContext : AssemblyLoadContext
{
    private readonly string _folder;
    private readonly AssemblyDependencyResolver? _resolver;

    public UserRuleLoadContext(string assemblyPath)
        : base("campaign user rules: " + Path.GetFileName(assemblyPath))
    {
        _folder = Path.GetDirectoryName(assemblyPath)!;
        try
        {
            _resolver = new AssemblyDependencyResolver(assemblyPath);
        }
        catch (InvalidOperationException)
        {
            // No host to read a .deps.json with (e.g. a test host): the assembly's folder is the only place to look.
            _resolver = null;
        }
    }

    protected override Assembly? Load(AssemblyName assemblyName)
    {
        try
        {
            // Ours first: one Rule, one Finding, one Unit type for the tool and the user's rules.
            return Default.LoadFromAssemblyName(assemblyName);
        }
        catch (Exception e) when (e is FileNotFoundException or FileLoadException)
        {
            // Not one of ours: the user's own dependency.
        }

        var path = _resolver?.ResolveAssemblyToPath(assemblyName);
        if (path is null && assemblyName.Name is { } name)
        {
            var sibling = Path.Combine(_folder, name + ".dll");
            path = File.Exists(sibling) ? sibling : null;
        }

        return path is null ? null : LoadFromAssemblyPath(path);
    }
}
