using Campaign.Rules.Tests.Builders;
using NRules;
using NRules.Fluent;
using NRules.Fluent.Dsl;

namespace Campaign.Rules.Tests.Scenarios;

/// <summary>
/// A school end to end: a student graduates when every exam taken is passed (and at least one was taken); a course with
/// three or more failures is flagged; a regraded exam changes both. The only runtime-specific line is the compile call.
/// </summary>
public class GraduationScenario
{
    public sealed class Student(int id)
    {
        public int Id { get; } = id;
    }

    public sealed class Exam(int student, string course, bool passed)
    {
        public int Student { get; } = student;

        public string Course { get; } = course;

        public bool Passed { get; set; } = passed;
    }

    public sealed class Board
    {
        public List<string> Lines { get; } = new();
    }

    public class GraduateRule : Rule
    {
        public override void Define()
        {
            Student student = null!;
            Board board = null!;
            Dependency().Resolve(() => board);
            When()
                .Match(() => student)
                .Exists<Exam>(e => e.Student == student.Id)
                .All<Exam>(e => e.Student == student.Id, e => e.Passed);
            Then().Do(ctx => board.Lines.Add("graduate " + student.Id));
        }
    }

    public class TroubledCourseRule : Rule
    {
        public override void Define()
        {
            IGrouping<string, Exam> failures = null!;
            Board board = null!;
            Dependency().Resolve(() => board);
            When().Query(() => failures, q => q.Match<Exam>(e => !e.Passed).GroupBy(e => e.Course).Where(g => g.Count() >= 3));
            Then().Do(ctx => board.Lines.Add("troubled " + failures.Key + " " + failures.Count()));
        }
    }

    private sealed class Resolver(Board board) : NRules.Extensibility.IDependencyResolver
    {
        public object Resolve(NRules.Extensibility.IResolutionContext context, Type serviceType) => board;
    }

    [Theory]
    [BothRuntimes]
    public void StudentsGraduateWhenEveryExamIsPassed_CoursesWithManyFailuresAreFlagged(string runtime)
    {
        var repository = new RuleRepository();
        repository.Load(x => x.NestedTypes().From(typeof(GraduateRule), typeof(TroubledCourseRule)));
        var factory = runtime == Runtime.NRulesName ? repository.Compile() : repository.CompileIndexed();
        var session = factory.CreateSession();
        var board = new Board();
        session.DependencyResolver = new Resolver(board);
        var regraded = new Exam(3, "math", passed: false);
        session.InsertAll([new Student(1), new Student(2), new Student(3), new Student(4)]);
        session.InsertAll([
            new Exam(1, "math", true), new Exam(1, "art", true),
            new Exam(2, "math", false), new Exam(2, "art", true),
            regraded, new Exam(4, "math", false),
        ]);

        session.Fire();
        var beforeRegrading = board.Lines.ToList();
        regraded.Passed = true;
        session.Update(regraded);
        session.Fire();

        // Same priority: NRules queues the course's activation, made by the batch of exams, before the student's.
        beforeRegrading.Should().Equal("troubled math 3", "graduate 1");
        board.Lines.Should().Equal("troubled math 3", "graduate 1", "graduate 3");
    }
}
