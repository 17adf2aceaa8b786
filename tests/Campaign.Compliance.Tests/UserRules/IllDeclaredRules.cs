using Campaign.Compliance.Catalog;
using Campaign.Compliance.Findings;
using Campaign.Domain.Rectifications;
using NRules.Fluent.Dsl;

namespace Campaign.Compliance.Tests.UserRules;

/// <summary>
/// User rules whose declarations a checker must refuse. Nested in a generic class so that scanning this test
/// assembly for rule classes (<see cref="ComplianceOptions.RuleAssemblies"/>) never finds them: a test names a closed
/// type, <c>IllDeclaredRules&lt;int&gt;.CollidingRule</c>.
/// </summary>
/// <typeparam name="TScanGuard">Any type.</typeparam>
public static class IllDeclaredRules<TScanGuard>
{
    /// <summary>Takes the id of the shipped OVD-001.</summary>
    [ComplianceRule("OVD-001", RuleFamily.Overdue, FindingSeverity.High, RuleScope.Unit,
        TitleEn = "Mine", TitleZh = "我的", MessageEn = "{subjectId}", MessageZh = "{subjectId}", Source = "Test.", SourceZh = "测试。")]
    [Name("Colliding")]
    public sealed class CollidingRule : Rule
    {
        public override void Define()
        {
            Rectification r = null!;
            When().Match(() => r);
            Then().Do(_ => r.ToString());
        }
    }

    /// <summary>A step of <see cref="CollidingDeclaration"/>, so it takes OVD-001.</summary>
    [ComplianceRulePart(typeof(CollidingDeclaration))]
    public sealed class CollidingPartRule : Rule
    {
        public override void Define()
        {
            Rectification r = null!;
            When().Match(() => r);
            Then().Do(_ => r.ToString());
        }
    }

    /// <summary>Declares USR-020 but exposes a descriptor of USR-021.</summary>
    [ComplianceRule("USR-020", RuleFamily.Overdue, FindingSeverity.High, RuleScope.Unit,
        TitleEn = "Mine", TitleZh = "我的", MessageEn = "{subjectId}", MessageZh = "{subjectId}", Source = "Test.", SourceZh = "测试。")]
    [Name("Mismatched")]
    public sealed class MismatchedDescriptorRule : Rule
    {
        public static readonly ComplianceRuleDescriptor Descriptor = new(
            "USR-021", "Mismatched", RuleFamily.Overdue, FindingSeverity.High, "Mine", "我的", "{subjectId}", "{subjectId}", "Test.", "测试。", RuleScope.Unit);

        public override void Define()
        {
            Rectification r = null!;
            When().Match(() => r);
            Then().Do(_ => r.ToString());
        }
    }

    /// <summary>Takes the id of the test assembly's LongMeasureRule.</summary>
    [ComplianceRule("USR-001", RuleFamily.Superficial, FindingSeverity.Low, RuleScope.Unit,
        TitleEn = "Mine", TitleZh = "我的", MessageEn = "{subjectId}", MessageZh = "{subjectId}", Source = "Test.", SourceZh = "测试。")]
    public sealed class TwinRule : Rule
    {
        public override void Define()
        {
            Rectification r = null!;
            When().Match(() => r);
            Then().Do(_ => r.ToString());
        }
    }

    /// <summary>Declares nothing.</summary>
    public sealed class UndeclaredRule : Rule
    {
        public override void Define()
        {
            Rectification r = null!;
            When().Match(() => r);
            Then().Do(_ => r.ToString());
        }
    }

    /// <summary>Leaves out its Chinese title and its source.</summary>
    [ComplianceRule("USR-022", RuleFamily.Overdue, FindingSeverity.High, RuleScope.Unit,
        TitleEn = "Mine", MessageEn = "{subjectId}", MessageZh = "{subjectId}")]
    public sealed class IncompleteRule : Rule
    {
        public override void Define()
        {
            Rectification r = null!;
            When().Match(() => r);
            Then().Do(_ => r.ToString());
        }
    }
}

/// <summary>Declares the id of the shipped OVD-001; abstract, so no scan loads it (a part of <see cref="IllDeclaredRules{TScanGuard}"/> names it).</summary>
[ComplianceRule("OVD-001", RuleFamily.Overdue, FindingSeverity.High, RuleScope.Unit,
    TitleEn = "Mine", TitleZh = "我的", MessageEn = "{subjectId}", MessageZh = "{subjectId}", Source = "Test.", SourceZh = "测试。")]
internal abstract class CollidingDeclaration : Rule
{
}
