namespace Campaign.Rules.Tests.Docs;

using NRules.Fluent;

/// <summary>Runs every example of docs/engine.md (see <see cref="EngineGuideExamples"/>) and checks what the guide says.</summary>
public sealed class EngineGuideTests
{
    [Fact]
    public void FirstSession_FiresOnTheSevereProblemOnly_AndYieldsItsAlert()
    {
        // Act
        var (fired, alerts) = EngineGuideExamples.FirstSession();

        // Assert
        fired.Should().Be(1);
        alerts.Should().Equal(new Alert("U1", "severe problem P1"));
    }

    [Fact]
    public void FirstRule_Metadata_ComesFromItsAttributes()
    {
        // Arrange
        var repository = new RuleRepository();

        // Act
        repository.Load(x => x.From(typeof(SevereOpenProblemRule)));

        // Assert
        var rule = repository.GetRuleSets().Single().Rules.Single();
        rule.Name.Should().Be("Units.SevereOpenProblem");
        rule.Description.Should().Be("A unit has an open problem of severity 3 or more.");
        rule.Tags.Should().Equal("units", "severity");
        rule.Priority.Should().Be(10);
        rule.Repeatability.Should().Be(NRules.RuleModel.RuleRepeatability.Repeatable);
    }

    [Fact]
    public void LoadSpec_KeepsOnlyTheTaggedRules_InTheNamedRuleSet()
    {
        // Act
        var factory = EngineGuideExamples.LoadWithSpec();
        var session = factory.CreateSession();
        session.InsertAll([new Unit("U1", "Unit", 1), new Problem("P1", "U1", 5)]);

        // Assert
        session.Fire().Should().Be(1);
        session.Query<Alert>().Should().Equal(new Alert("U1", "severe problem P1"));
    }

    [Fact]
    public void NotExistsAll_FollowTheProblemsOfEachUnit()
    {
        // Act
        var (before, after) = EngineGuideExamples.UnitsAndProblems();

        // Assert
        before.Should().BeEquivalentTo([new Alert("U1", "has problems"), new Alert("U2", "no problem found")]);
        after.Should().BeEquivalentTo([new Alert("U1", "has problems"), new Alert("U1", "all problems rectified"), new Alert("U2", "no problem found")]);
    }

    [Fact]
    public void Aggregates_CollectGroupBySelectLookupOrderFromSelectMany_GiveTheDocumentedAlerts()
    {
        // Act
        var alerts = EngineGuideExamples.Aggregates();

        // Assert
        alerts.Should().BeEquivalentTo(
        [
            new Alert("U1", "open severity 7"),
            new Alert("U1", "2 severe problems"),
            new Alert("U1", "max 4, levels 2, worst P1"),
            new Alert("U2", "max 1, levels 1, worst P3"),
            new Alert("U1", "pilot:2014"),
        ]);
    }

    [Fact]
    public void OrAndDependencies_FireOncePerBranch_AndUndoWhenTheMatchGoes()
    {
        // Act
        var lines = EngineGuideExamples.OrAndDependencies();

        // Assert
        lines.Should().Equal("attention U1", "attention U1", "rectified P1", "no longer rectified P1");
    }

    [Fact]
    public void UpdateSemantics_WithOnChangeAndNonRepeatable_FireAsTheGuideSays()
    {
        // Act
        var lines = EngineGuideExamples.FiltersAndRepeatability();

        // Assert
        lines.Should().Equal("P1 severity 2", "reported P1", "P1 severity 3");
    }

    [Fact]
    public void Chaining_UpdateInAnAction_ActivatesTheNextRuleWhichHalts()
    {
        // Act
        var (fired, escalated, alerts, firedAfterHalt) = EngineGuideExamples.Chaining();

        // Assert
        fired.Should().Be(2);
        escalated.Should().BeTrue();
        alerts.Should().Be(1, "a plain Insert is not retracted when the inserting rule's match goes");
        firedAfterHalt.Should().Be(0);
    }

    [Fact]
    public void Linked_FactsFollowTheirActivation()
    {
        // Act
        var (open, reassessed, rectified) = EngineGuideExamples.Linked();

        // Assert
        open.Should().Equal(new Alert("U1", "open P1 severity 2"));
        reassessed.Should().Equal(new Alert("U1", "open P1 severity 4"));
        rectified.Should().BeEmpty();
    }

    [Fact]
    public void BrokenRule_UsingAnAliasOutsideExpressions_IsARuleDefinitionException()
    {
        // Act
        var (rule, message) = EngineGuideExamples.Broken();

        // Assert
        rule.Should().Be(nameof(BrokenRule));
        message.Should().Contain(typeof(BrokenRule).FullName);
    }

    [Fact]
    public void FailingCondition_ThrowsUnlessHandled_AndAHandledFailureIsNoMatch()
    {
        // Act
        var (thrown, handled, lines) = EngineGuideExamples.FailingCondition();

        // Assert
        thrown.Should().Contain("12 /");
        handled.Should().Be(1);
        lines.Should().Equal("low severity P1");
    }

    [Fact]
    public void EventsAndSchema_ReportInsertionsActivationsFiringsAndCounters()
    {
        // Act
        var (events, nodes, facts) = EngineGuideExamples.EventsAndSchema();

        // Assert
        // InsertAll propagates the set as a whole: the inserted events of the set follow its propagation.
        events.Should().Equal("activated Units.SevereOpenProblem", "inserted Unit", "inserted Problem", "fired Units.SevereOpenProblem", "inserted Alert");
        nodes.Should().BeGreaterThan(3);
        facts.Should().BeGreaterThan(0);
    }

    [Fact]
    public void DependencyInjection_BuildsASingletonFactory_AndSessionsResolveFromTheContainer()
    {
        // Act
        var (lines, sameFactory) = EngineGuideExamples.DependencyInjection();

        // Assert
        lines.Should().Equal("rectified P1");
        sameFactory.Should().BeTrue();
    }
}
