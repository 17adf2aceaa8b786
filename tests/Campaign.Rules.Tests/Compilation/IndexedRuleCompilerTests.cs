using Campaign.Rules.Tests.Builders;
using Campaign.Rules.Tests.Rete;

namespace Campaign.Rules.Tests.Compilation;

using NRules;
using NRules.RuleModel;

/// <summary><see cref="IndexedRuleCompiler"/> against NRules' <c>RuleCompiler</c>, which it mirrors.</summary>
public class IndexedRuleCompilerTests
{
    private static ISessionFactory Compile(string runtime, IEnumerable<IRuleSet> ruleSets, CancellationToken token) =>
        Runtime.Named(runtime).IsIndexed ? new IndexedRuleCompiler().Compile(ruleSets, token) : new RuleCompiler().Compile(ruleSets, token);

    private static ISessionFactory Compile(string runtime, IEnumerable<IRuleDefinition> rules) =>
        Runtime.Named(runtime).IsIndexed ? new IndexedRuleCompiler().Compile(rules) : new RuleCompiler().Compile(rules);

    [Theory]
    [BothRuntimes]
    public void Compile_FromRuleSetsOrFromDefinitions_GivesFactoriesOfTheSameRules(string runtime)
    {
        // Arrange
        var repository = Engine.Repository(typeof(JoinTests.CustomerOrderRule), typeof(JoinTests.BaseTypeRule));
        var fromSets = Compile(runtime, repository.GetRuleSets(), CancellationToken.None);
        var fromDefinitions = Compile(runtime, repository.GetRules());

        // Act
        List<string> Run(ISessionFactory factory)
        {
            var session = factory.CreateSession();
            var recorder = new Recorder();
            session.DependencyResolver = recorder;
            session.InsertAll([new Customer(1, isVip: true), new Order(10, 1)]);
            session.Fire();
            return recorder.Firings;
        }

        // Assert
        Run(fromSets).Should().Equal("Customer", "C1-O10").And.Equal(Run(fromDefinitions));
    }

    [Fact]
    public void Compile_CancelledToken_ThrowsOperationCanceled()
    {
        // Indexed only: NRules 1.0.4's RuleCompiler compiles these rules even with a token cancelled beforehand.
        var repository = Engine.Repository(typeof(JoinTests.CustomerOrderRule), typeof(JoinTests.BaseTypeRule), typeof(JoinTests.NonEqualityJoinRule));
        using var cancellation = new CancellationTokenSource();
        cancellation.Cancel();

        var compile = () => Compile(Runtime.IndexedName, repository.GetRuleSets(), cancellation.Token);

        compile.Should().Throw<OperationCanceledException>();
    }
}
