using System.Collections;
using System.Reflection;
using Campaign.Compliance.Findings;
using Campaign.Domain.Focus;

namespace Campaign.Compliance.Tests.Options;

public class ComplianceOptionsFreezeTests
{
    private static readonly PropertyInfo[] Settable = typeof(ComplianceOptions)
        .GetProperties(BindingFlags.Public | BindingFlags.Instance)
        .Where(p => p.SetMethod is { IsPublic: true })
        .ToArray();

    [Fact]
    public void Freeze_EveryOptionSetToAnotherValue_IsCopied()
    {
        var options = new ComplianceOptions();
        foreach (var property in Settable)
        {
            property.SetValue(options, OtherValue(property, property.GetValue(options)));
        }

        var frozen = options.Freeze();

        foreach (var property in Settable)
        {
            var original = property.GetValue(options);
            var copied = property.GetValue(frozen);
            if (original is IEnumerable sequence and not string)
            {
                copied.Should().NotBeSameAs(original, $"{property.Name} is a collection the caller can still change");
                ((IEnumerable)copied!).Cast<object>().Should().Equal(sequence.Cast<object>(), $"{property.Name} is copied");
            }
            else
            {
                copied.Should().Be(original, $"{property.Name} is copied");
            }
        }
    }

    [Fact]
    public void Frozen_EverySetter_Throws()
    {
        var frozen = new ComplianceOptions().Freeze();

        foreach (var property in Settable)
        {
            var set = () => property.SetValue(frozen, property.GetValue(frozen));
            set.Should().Throw<TargetInvocationException>($"{property.Name} is frozen")
                .WithInnerException<InvalidOperationException>();
        }
    }

    [Fact]
    public void Frozen_EveryCollection_IsReadOnly()
    {
        var frozen = new ComplianceOptions { FocusLists = ["C"] }.Freeze();

        frozen.IsFrozen.Should().BeTrue();
        foreach (var property in Settable.Where(p => p.PropertyType.IsGenericType && p.PropertyType.GetGenericTypeDefinition() != typeof(Nullable<>)))
        {
            var collection = property.GetValue(frozen);
            collection.Should().NotBeNull();
            var readOnly = collection!.GetType().GetInterfaces()
                .Where(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(ICollection<>))
                .Select(i => (bool)i.GetProperty(nameof(ICollection<int>.IsReadOnly))!.GetValue(collection)!);
            readOnly.Should().NotBeEmpty().And.AllSatisfy(r => r.Should().BeTrue($"{property.Name} is read-only"));
        }
    }

    [Fact]
    public void Checker_OptionsChangedAfterwards_KeepsItsFrozenCopy()
    {
        var options = new ComplianceOptions { AtRiskThreshold = 4 };
        var checker = new ComplianceChecker(options);

        options.AtRiskThreshold = 9;
        options.StockPhrases.Add("新短语");
        options.DisabledRules.Add("OVD-001");

        checker.Options.Should().NotBeSameAs(options);
        checker.Options.IsFrozen.Should().BeTrue();
        checker.Options.AtRiskThreshold.Should().Be(4);
        checker.Options.StockPhrases.Should().NotContain("新短语");
        checker.Options.DisabledRules.Should().BeEmpty();
        options.IsFrozen.Should().BeFalse();
        var add = () => checker.Options.DisabledRules.Add("OVD-002");
        add.Should().Throw<NotSupportedException>();
    }

    // A value different from the default for every option type; a new option of another type fails here first.
    private static object? OtherValue(PropertyInfo property, object? current) => property.PropertyType switch
    {
        var t when t == typeof(int) => (int)current! + 7,
        var t when t == typeof(double) => 0.5,
        var t when t == typeof(DateOnly?) => new DateOnly(2014, 5, 1),
        var t when t == typeof(IList<string>) => new List<string> { "甲", "乙" },
        var t when t == typeof(IDictionary<string, FindingSeverity>) => new Dictionary<string, FindingSeverity> { ["OVD-001"] = FindingSeverity.Low },
        var t when t == typeof(ISet<string>) => new HashSet<string> { "SUP-001" },
        var t when t == typeof(FocusCatalog) => FocusCatalog.Default,
        var t when t == typeof(ReportLanguage) => ReportLanguage.Zh,
        var t when t == typeof(RuleEngine) => RuleEngine.NRules,
        var t when t == typeof(IList<Assembly>) => new List<Assembly> { typeof(ComplianceOptionsFreezeTests).Assembly },
        var t when t == typeof(IList<Type>) => new List<Type> { typeof(ComplianceOptionsFreezeTests) },
        var t => throw new InvalidOperationException($"No other value for {property.Name} of type {t}: add one."),
    };
}
