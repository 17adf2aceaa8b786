using System.Linq.Expressions;
using Campaign.Domain.Specifications;
using FsCheck.Xunit;

namespace Campaign.Domain.Tests.Specifications;

public class SpecificationTests
{
    private static readonly Specification<int> Positive = new(x => x > 0);
    private static readonly Specification<int> Even = new(x => x % 2 == 0);

    [Theory]
    [InlineData(2, true)]
    [InlineData(3, false)]
    [InlineData(-2, false)]
    public void And_NeedsBoth(int candidate, bool expected)
    {
        Positive.And(Even).IsSatisfiedBy(candidate).Should().Be(expected);
    }

    [Theory]
    [InlineData(3, true)]
    [InlineData(-2, true)]
    [InlineData(-3, false)]
    public void Or_NeedsEither(int candidate, bool expected)
    {
        Positive.Or(Even).IsSatisfiedBy(candidate).Should().Be(expected);
    }

    [Theory]
    [InlineData(1, false)]
    [InlineData(0, true)]
    [InlineData(-1, true)]
    public void Not_Negates(int candidate, bool expected)
    {
        Positive.Not().IsSatisfiedBy(candidate).Should().Be(expected);
    }

    [Fact]
    public void Evaluate_KeepsTheSatisfyingCandidatesInOrder()
    {
        Positive.And(Even.Not()).Evaluate([5, -1, 4, 3, 0, 1]).Should().Equal(5, 3, 1);
    }

    [Fact]
    public void Composition_IsOneLambdaOverOneParameter()
    {
        var spec = Positive.And(Even.Not()).Or(new Specification<int>(y => y == -7));

        var parameters = ParameterCollector.Collect(spec.Expression.Body);

        spec.Expression.Parameters.Should().ContainSingle();
        parameters.Should().OnlyContain(p => p == spec.Expression.Parameters[0]);
        ParameterCollector.HasInvocation(spec.Expression.Body).Should().BeFalse("a LINQ provider cannot translate invoked lambdas");
    }

    [Fact]
    public void Expression_IsUsableThroughIQueryable()
    {
        var spec = Positive.And(Even);

        var result = new[] { 1, 2, 3, 4, -4 }.AsQueryable().Where(spec.Expression).ToList();

        result.Should().Equal(2, 4);
    }

    [Fact]
    public void Operands_AreNotChangedByComposition()
    {
        _ = Positive.And(Even).Or(Positive.Not());

        Positive.IsSatisfiedBy(1).Should().BeTrue();
        Positive.Expression.ToString().Should().Be("x => (x > 0)");
    }

    [Fact]
    public void IsSatisfiedBy_FromManyThreads_GivesTheSameAnswers()
    {
        var spec = new Specification<int>(x => x % 3 == 0);

        var results = Enumerable.Range(0, 300).AsParallel().Select(spec.IsSatisfiedBy).ToList();

        results.Count(r => r).Should().Be(100);
    }

    [Fact]
    public void Constructor_NullExpression_Throws()
    {
        var act = () => new Specification<int>(null!);

        act.Should().Throw<ArgumentNullException>();
    }

    [Property]
    public bool Composition_AgreesWithBooleanLogic(int candidate, int a, int b, int c)
    {
        var above = new Specification<int>(x => x > a);
        var below = new Specification<int>(x => x < b);
        var equal = new Specification<int>(x => x == c);

        var spec = above.And(below.Not()).Or(equal.And(above.Not()));

        return spec.IsSatisfiedBy(candidate) == ((candidate > a && !(candidate < b)) || (candidate == c && !(candidate > a)));
    }

    private sealed class ParameterCollector : ExpressionVisitor
    {
        private readonly List<ParameterExpression> _parameters = [];
        private bool _invocation;

        public static List<ParameterExpression> Collect(Expression expression)
        {
            var collector = new ParameterCollector();
            collector.Visit(expression);
            return collector._parameters;
        }

        public static bool HasInvocation(Expression expression)
        {
            var collector = new ParameterCollector();
            collector.Visit(expression);
            return collector._invocation;
        }

        protected override Expression VisitParameter(ParameterExpression node)
        {
            _parameters.Add(node);
            return node;
        }

        protected override Expression VisitInvocation(InvocationExpression node)
        {
            _invocation = true;
            return base.VisitInvocation(node);
        }
    }
}
