using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Campaign.Cli.Tests.Builders;

/// <summary>Compiles C# source into a user-rule assembly on disk, against the assemblies the tests run with (NRules, Campaign.*).</summary>
internal static class UserRuleCompiler
{
    private static readonly Lazy<MetadataReference[]> References = new(() =>
        ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!)
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path))
            .ToArray());

    public const string Usings = """
        using Campaign.Compliance.Catalog;
        using Campaign.Compliance.Findings;
        using Campaign.Domain.Rectifications;
        using NRules.Fluent.Dsl;

        """;

    /// <summary>A rule that flags every rectification whose measure is longer than 20 characters.</summary>
    public static string LongMeasureRule(string id = "USR-101", string className = "LongMeasureRule", string titleZh = "整改措施过长") => $$"""
        [ComplianceRule("{{id}}", RuleFamily.Superficial, FindingSeverity.High, RuleScope.Unit,
            TitleEn = "Long measure", TitleZh = "{{titleZh}}",
            MessageEn = "The measure of rectification {subjectId} is long.", MessageZh = "整改事项{subjectId}的措施过长。",
            Source = "Local practice (test rule).",
            SourceZh = "本地做法（测试规则）。")]
        public sealed class {{className}} : Rule
        {
            public override void Define()
            {
                Rectification r = null!;
                When().Match(() => r, x => x.Measure.Length > 20);
                Then().Yield(_ => new Finding(ComplianceRuleDescriptor.Of<{{className}}>(), FindingSeverity.High, SubjectType.Rectification, r.Id, "U-WD", r.ProblemIds, null, null));
            }
        }

        """;

    /// <summary>Compiles <paramref name="source"/> (after <see cref="Usings"/>) into <paramref name="path"/>.</summary>
    public static string Compile(string path, string assemblyName, string source)
    {
        var tree = CSharpSyntaxTree.ParseText(Usings + source, new CSharpParseOptions(LanguageVersion.Latest));
        var compilation = CSharpCompilation.Create(
            assemblyName,
            [tree],
            References.Value,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        using var output = File.Create(path);
        var result = compilation.Emit(output);
        if (!result.Success)
        {
            throw new InvalidOperationException("The test rule does not compile: " + string.Join("\n", result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error)));
        }

        return path;
    }
}
