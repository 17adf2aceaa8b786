using System.Reflection;
using Campaign.Cli.Input;
using Campaign.Cli.Messages;
using Campaign.Compliance.Catalog;
using Campaign.Domain.Input;
using NRules.Fluent.Dsl;

namespace Campaign.Cli.UserRules;

/// <summary>Loads the assemblies <c>--rules PATH.dll</c> names, each in a load context of its own, and refuses what cannot serve.</summary>
internal static class UserRuleAssemblies
{
    /// <summary>Loads every assembly.</summary>
    /// <param name="paths">The <c>--rules</c> values, in order.</param>
    /// <param name="text">The run's messages.</param>
    /// <returns>The assemblies, in the order of <paramref name="paths"/>.</returns>
    /// <exception cref="CliInputException">A file is missing, is not a .NET assembly, cannot be loaded, or holds no rule class.</exception>
    public static IReadOnlyList<Assembly> Load(IReadOnlyList<string> paths, CliText text)
    {
        var assemblies = new List<Assembly>(paths.Count);
        foreach (var path in paths)
        {
            assemblies.Add(LoadOne(path, text));
        }

        return assemblies;
    }

    /// <summary>The descriptors of the rules the assemblies declare (parts excluded), in type-name order.</summary>
    public static IEnumerable<ComplianceRuleDescriptor> Descriptors(IEnumerable<Assembly> assemblies)
    {
        foreach (var assembly in assemblies)
        {
            foreach (var type in assembly.GetTypes().Where(IsRuleClass).OrderBy(t => t.FullName, StringComparer.Ordinal))
            {
                if (type.GetCustomAttribute<ComplianceRuleAttribute>() is not null)
                {
                    yield return ComplianceRuleDescriptor.Of(type);
                }
            }
        }
    }

    /// <summary>
    /// The exit-2 error for invalid options: the library's errors in the run's language, each about a user rule naming the
    /// file the user gave (<c>--rules 'MyRules.dll'</c>) instead of the option path the library knows it by (<c>ruleAssemblies[1]</c>).
    /// </summary>
    public static CliInputException Refusal(Compliance.ComplianceOptionsException e, IReadOnlyList<string> paths, CliText text)
    {
        var aboutUserRules = false;
        var errors = new string[e.Errors.Count];
        for (var i = 0; i < errors.Length; i++)
        {
            var error = e.Errors[i];
            if (FileOf(error, paths) is { } file)
            {
                aboutUserRules = true;
                errors[i] = "--rules " + text.Quote(file) + text.Colon + error.GetMessage(text.Culture);
            }
            else
            {
                errors[i] = InputErrorText.Format(error, text);
            }
        }

        return new CliInputException(aboutUserRules ? text.UserRulesInvalid : text.RuleOptionsInvalid, errors, e);
    }

    /// <summary>The <c>--rules</c> file an error's option path (<c>ruleAssemblies[1]</c>) stands for, or null.</summary>
    private static string? FileOf(InputError error, IReadOnlyList<string> paths)
    {
        for (var i = 0; i < paths.Count; i++)
        {
            if (string.Equals(error.Path, "ruleAssemblies[" + i.ToString(System.Globalization.CultureInfo.InvariantCulture) + "]", StringComparison.Ordinal))
            {
                return paths[i];
            }
        }

        return null;
    }

    private static Assembly LoadOne(string path, CliText text)
    {
        var full = Path.GetFullPath(path);
        if (!File.Exists(full))
        {
            throw new CliInputException(text.RulesFileMissing(path));
        }

        Assembly assembly;
        try
        {
            assembly = new UserRuleLoadContext(full).LoadFromAssemblyPath(full);
        }
        catch (BadImageFormatException e)
        {
            throw new CliInputException(text.RulesFileNotAssembly(path), e);
        }
        catch (Exception e) when (e is FileLoadException or IOException or UnauthorizedAccessException)
        {
            throw new CliInputException(text.RulesFileUnloadable(path, text.SystemReason(e)), e);
        }

        Type[] types;
        try
        {
            types = assembly.GetTypes();
        }
        catch (ReflectionTypeLoadException e)
        {
            var reasons = e.LoaderExceptions.Where(x => x is not null).Select(x => text.SystemReason(x!)).Distinct(StringComparer.Ordinal).Take(3);
            throw new CliInputException(text.RulesFileUnloadable(path, string.Join(" ", reasons)), e);
        }

        if (!types.Any(IsRuleClass))
        {
            throw new CliInputException(text.RulesFileEmpty(path));
        }

        return assembly;
    }

    private static bool IsRuleClass(Type type) =>
        type is { IsAbstract: false, IsClass: true, ContainsGenericParameters: false } && typeof(Rule).IsAssignableFrom(type);
}
