using System.Collections.Concurrent;
using System.Reflection;
using Campaign.Domain.Input;
using NRules.Fluent.Dsl;

namespace Campaign.Compliance.Catalog;

/// <summary>
/// Reads what rule classes declare (<see cref="ComplianceRuleAttribute"/>, <see cref="ComplianceRulePartAttribute"/>):
/// their descriptors, once per class, and every problem of a declaration, worded for the user.
/// </summary>
internal static class RuleDeclarations
{
    private static readonly ConcurrentDictionary<Type, ComplianceRuleDescriptor> Descriptors = new();

    /// <summary>The concrete rule classes of this assembly, by full name.</summary>
    public static readonly Type[] ShippedClasses = typeof(RuleDeclarations).Assembly.GetTypes()
        .Where(IsRuleClass)
        .OrderBy(t => t.FullName, StringComparer.Ordinal)
        .ToArray();

    /// <summary>Whether <paramref name="type"/> is a concrete NRules rule class.</summary>
    public static bool IsRuleClass(Type type) =>
        type is { IsAbstract: false, IsClass: true, ContainsGenericParameters: false } && typeof(Rule).IsAssignableFrom(type);

    /// <summary>The descriptor of a rule class (cached).</summary>
    /// <exception cref="ArgumentException">The declaration is missing or incomplete.</exception>
    public static ComplianceRuleDescriptor Of(Type type)
    {
        if (Descriptors.TryGetValue(type, out var known))
        {
            return known;
        }

        var errors = new List<(InputErrorCode Code, string[] Arguments)>();
        var descriptor = Describe(type, errors);
        if (descriptor is null)
        {
            var messages = errors.Select(e => new InputError(ClassName(type), null, null, e.Code, e.Arguments).Message);
            throw new ArgumentException(string.Join(Environment.NewLine, messages), nameof(type));
        }

        return Descriptors.GetOrAdd(type, descriptor);
    }

    /// <summary>The descriptors of the shipped rules: by family in the order of rules.md, then by id.</summary>
    public static IEnumerable<ComplianceRuleDescriptor> Shipped() =>
        ShippedClasses
            .Where(t => t.GetCustomAttribute<ComplianceRuleAttribute>() is not null)
            .Select(Of)
            .OrderBy(d => d.Family)
            .ThenBy(d => d.Id, StringComparer.Ordinal);

    /// <summary>
    /// Every problem of a class's declaration, each starting with <paramref name="path"/>: no declaration, a missing
    /// text, a bad id, a part of a class that declares nothing, or a static <see cref="ComplianceRuleDescriptor"/> the
    /// class exposes whose id is not the declared one.
    /// </summary>
    public static List<InputError> Errors(Type type, string path)
    {
        var errors = new List<(InputErrorCode Code, string[] Arguments)>();
        if (Describe(type, errors) is { } descriptor)
        {
            foreach (var (member, exposed) in ExposedDescriptors(type))
            {
                if (!string.Equals(exposed.Id, descriptor.Id, StringComparison.Ordinal))
                {
                    errors.Add((InputErrorCode.RuleClassDescriptorIdMismatch, [ClassName(type), descriptor.Id, member, exposed.Id, type.Name]));
                }
            }
        }

        return errors.ConvertAll(e => new InputError(path, null, null, e.Code, e.Arguments));
    }

    /// <summary>The id a rule class runs under (its own or that of the rule it is part of), or <see langword="null"/> when it declares none.</summary>
    public static string? IdOf(Type type) => Declaration(type)?.GetCustomAttribute<ComplianceRuleAttribute>()?.Id;

    /// <summary>The engine rule name NRules gives the class: its <c>[Name]</c>, else its full name.</summary>
    public static string EngineName(Type type) => NameAttribute(type) ?? type.FullName ?? type.Name;

    private static Type? Declaration(Type type)
    {
        if (type.GetCustomAttribute<ComplianceRuleAttribute>() is not null)
        {
            return type;
        }

        return type.GetCustomAttribute<ComplianceRulePartAttribute>() is { } part && part.Rule.GetCustomAttribute<ComplianceRuleAttribute>() is not null
            ? part.Rule
            : null;
    }

    private static ComplianceRuleDescriptor? Describe(Type type, List<(InputErrorCode Code, string[] Arguments)> errors)
    {
        if (Descriptors.TryGetValue(type, out var known))
        {
            return known;
        }

        var attribute = type.GetCustomAttribute<ComplianceRuleAttribute>();
        var part = type.GetCustomAttribute<ComplianceRulePartAttribute>();
        if (attribute is not null && part is not null)
        {
            errors.Add((InputErrorCode.RuleClassBothAttributes, [ClassName(type)]));
            return null;
        }

        if (part is not null)
        {
            if (part.Rule.GetCustomAttribute<ComplianceRuleAttribute>() is null)
            {
                errors.Add((InputErrorCode.RuleClassPartOfUndeclared, [ClassName(type), ClassName(part.Rule)]));
                return null;
            }

            return Describe(part.Rule, errors);
        }

        if (attribute is null)
        {
            errors.Add((InputErrorCode.RuleClassNotDeclared, [ClassName(type)]));
            return null;
        }

        var before = errors.Count;
        if (string.IsNullOrWhiteSpace(attribute.Id) || attribute.Id.Any(char.IsWhiteSpace))
        {
            errors.Add((InputErrorCode.RuleClassInvalidId, [ClassName(type), attribute.Id]));
        }

        Require(attribute.TitleEn, nameof(attribute.TitleEn));
        Require(attribute.TitleZh, nameof(attribute.TitleZh));
        Require(attribute.MessageEn, nameof(attribute.MessageEn));
        Require(attribute.MessageZh, nameof(attribute.MessageZh));
        Require(attribute.Source, nameof(attribute.Source));
        Require(attribute.SourceZh, nameof(attribute.SourceZh));
        if (!Enum.IsDefined(attribute.Family) || !Enum.IsDefined(attribute.DefaultSeverity) || !Enum.IsDefined(attribute.Scope))
        {
            errors.Add((InputErrorCode.RuleClassUnknownEnum, [ClassName(type)]));
        }

        if (errors.Count > before)
        {
            return null;
        }

        var descriptor = new ComplianceRuleDescriptor(
            attribute.Id, NameAttribute(type) ?? type.Name, attribute.Family, attribute.DefaultSeverity,
            attribute.TitleEn!, attribute.TitleZh!, attribute.MessageEn!, attribute.MessageZh!, attribute.Source!, attribute.SourceZh!, attribute.Scope);
        return Descriptors.GetOrAdd(type, descriptor);

        void Require(string? text, string name)
        {
            if (string.IsNullOrWhiteSpace(text))
            {
                errors.Add((InputErrorCode.RuleClassMissingText, [ClassName(type), name]));
            }
        }
    }

    private static string ClassName(Type type) => type.FullName ?? type.Name;

    /// <summary>The static fields and properties of type <see cref="ComplianceRuleDescriptor"/> a class exposes, with their values.</summary>
    private static IEnumerable<(string Member, ComplianceRuleDescriptor Descriptor)> ExposedDescriptors(Type type)
    {
        const BindingFlags flags = BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly;
        foreach (var field in type.GetFields(flags))
        {
            if (field.FieldType == typeof(ComplianceRuleDescriptor) && field.GetValue(null) is ComplianceRuleDescriptor value)
            {
                yield return (field.Name, value);
            }
        }

        foreach (var property in type.GetProperties(flags))
        {
            if (property.PropertyType == typeof(ComplianceRuleDescriptor) && property.GetIndexParameters().Length == 0
                && property.GetValue(null) is ComplianceRuleDescriptor value)
            {
                yield return (property.Name, value);
            }
        }
    }

    /// <summary>The text of the class's NRules <c>[Name]</c> (read from the attribute's data: NRules keeps its value internal).</summary>
    private static string? NameAttribute(Type type)
    {
        foreach (var data in type.GetCustomAttributesData())
        {
            if (data.AttributeType == typeof(NameAttribute) && data.ConstructorArguments is [{ Value: string name }])
            {
                return name;
            }
        }

        return null;
    }
}
