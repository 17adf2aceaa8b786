using System.Collections;
using System.Reflection;
using Campaign.Domain.Focus;

namespace Campaign.Domain.Tests.Conventions;

/// <summary>Design rules of conventions.md checked by reflection over the public surface of Campaign.Domain.</summary>
public class DomainConventionTests
{
    private static readonly Type[] PublicTypes = typeof(FocusCatalog).Assembly.GetExportedTypes();

    [Fact]
    public void DomainAssembly_HasPublicTypesToCheck()
    {
        PublicTypes.Should().Contain(typeof(FocusCatalog)).And.HaveCountGreaterThan(30);
    }

    [Fact]
    public void PublicTypes_HaveNoPublicSetter()
    {
        var offenders = PublicTypes
            .SelectMany(t => t.GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly))
            .Where(p => p.SetMethod is { IsPublic: true })
            .Select(p => $"{p.DeclaringType!.Name}.{p.Name}");

        offenders.Should().BeEmpty();
    }

    [Fact]
    public void PublicTypes_HaveNoPublicMutableField()
    {
        var offenders = PublicTypes
            .Where(t => !t.IsEnum)
            .SelectMany(t => t.GetFields(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly))
            .Where(f => !f.IsLiteral && !f.IsInitOnly)
            .Select(f => $"{f.DeclaringType!.Name}.{f.Name}");

        offenders.Should().BeEmpty();
    }

    [Fact]
    public void PublicCollections_AreExposedAsIReadOnly()
    {
        var members = PublicTypes
            .SelectMany(t => t.GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly)
                .Select(p => (Name: $"{t.Name}.{p.Name}", Type: p.PropertyType))
                .Concat(t.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly)
                    .Where(m => !m.IsSpecialName)
                    .Select(m => (Name: $"{t.Name}.{m.Name}()", Type: m.ReturnType))));

        var offenders = members
            .Where(m => m.Type != typeof(string) && typeof(IEnumerable).IsAssignableFrom(m.Type) && !IsReadOnlyCollectionInterface(m.Type))
            .Select(m => $"{m.Name}: {m.Type.Name}");

        offenders.Should().BeEmpty();
    }

    [Fact]
    public void Entities_DoNotOverrideEquals()
    {
        Type[] entities =
        [
            typeof(Domain.Campaigns.CampaignRun), typeof(Domain.Units.Unit), typeof(Domain.Units.WeakLaxOrganisation), typeof(Domain.People.Person),
            typeof(Domain.Opinions.Opinion), typeof(Domain.Problems.Problem), typeof(Domain.Rectifications.Rectification), typeof(Domain.Campaigns.CampaignDataset),
        ];

        entities.Where(t => t.GetMethod(nameof(Equals), [typeof(object)])!.DeclaringType != typeof(object))
            .Should().BeEmpty("entities become facts of a rules engine and keep reference identity");
    }

    [Fact]
    public void PublicTypes_LiveInAConceptFolderNamespace()
    {
        string[] concepts = ["Campaigns", "Units", "People", "Opinions", "Problems", "Rectifications", "Events", "Focus", "Specifications", "Serialization", "Workbooks", "Input"];

        PublicTypes.Select(t => t.Namespace!.Split('.')).Where(parts => parts.Length != 3 || !concepts.Contains(parts[2]))
            .Select(parts => string.Join('.', parts)).Should().BeEmpty();
    }

    private static bool IsReadOnlyCollectionInterface(Type type) =>
        type.IsGenericType && (type.GetGenericTypeDefinition() == typeof(IReadOnlyList<>)
            || type.GetGenericTypeDefinition() == typeof(IReadOnlyCollection<>)
            || type.GetGenericTypeDefinition() == typeof(IReadOnlyDictionary<,>)
            || type.GetGenericTypeDefinition() == typeof(IReadOnlySet<>));
}
