using Campaign.Compliance.Facts;
using Campaign.Domain.Problems;

namespace Campaign.Compliance.Tests.Facts;

public sealed class BoilerplateTextsTests
{
    private static ProblemProfile Profile(string id, string text) =>
        new(new Problem(id, "U-1", ProblemOwner.Team, ProblemCategory.FourWinds, text, ProblemSource.SelfExamination, new DateOnly(2014, 4, 1)), text, false);

    [Fact]
    public void Add_TheProblemThatReachesTheThreshold_GetsTheTextsOnlyFact()
    {
        var texts = new BoilerplateTexts(3);
        var first = Profile("P-1", "学习不够");

        texts.Add(first).Should().BeNull();
        texts.Add(Profile("P-2", "学习不够")).Should().BeNull();
        var fact = texts.Add(Profile("P-3", "学习不够"));
        var fourth = texts.Add(Profile("P-4", "学习不够"));

        fact.Should().NotBeNull();
        fact!.NormalizedText.Should().Be("学习不够");
        fourth.Should().BeNull();
        texts.Facts().Should().Equal(fact);
        texts.Qualifies(first).Should().BeTrue();
    }

    [Fact]
    public void Remove_BelowTheThreshold_RetiresTheFactOnceAndForgetsTheText()
    {
        var texts = new BoilerplateTexts(2);
        var a = Profile("P-1", "会风不正");
        var b = Profile("P-2", "会风不正");
        texts.Add(a);
        var fact = texts.Add(b);

        texts.Remove(b).Should().BeSameAs(fact);
        texts.Remove(a).Should().BeNull();

        texts.Facts().Should().BeEmpty();
        texts.Qualifies(a).Should().BeFalse();
        texts.Add(a).Should().BeNull("the count starts again from zero");
    }

    [Fact]
    public void Add_ProfilesWithoutText_AreNotCounted()
    {
        var texts = new BoilerplateTexts(1);
        var empty = new ProblemProfile(
            new Problem("P-1", "U-1", ProblemOwner.Team, ProblemCategory.FourWinds, "。", ProblemSource.SelfExamination, new DateOnly(2014, 4, 1)), string.Empty, false);

        texts.Add(empty).Should().BeNull();
        texts.Qualifies(empty).Should().BeFalse();
        texts.Facts().Should().BeEmpty();
    }
}
