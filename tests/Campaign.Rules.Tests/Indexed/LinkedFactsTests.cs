using Campaign.Rules.Agenda;

namespace Campaign.Rules.Tests.Agenda;

/// <summary>An activation's linked facts: the first inline, the others in an array, in a dictionary's order.</summary>
public class LinkedFactsTests
{
    [Fact]
    public void RandomAddsReplacesAndRemoves_BehaveAndEnumerateLikeADictionary()
    {
        var random = new Random(777);
        for (var run = 0; run < 50; run++)
        {
            var linked = new LinkedFacts();
            var model = new Dictionary<object, object>();
            var keys = 1 + random.Next(12);
            for (var step = 0; step < 60; step++)
            {
                // Keys equal by value but not by reference, so lookups must use Equals.
                var key = "k" + random.Next(keys);
                var fact = new object();
                switch (random.Next(3))
                {
                    case 0:
                        linked.TryAdd(key, fact).Should().Be(model.TryAdd(key, fact));
                        break;
                    case 1:
                        if (model.ContainsKey(key))
                        {
                            model[key] = fact;
                            linked.Replace(key, fact);
                        }

                        break;
                    default:
                        linked.Remove(key).Should().Be(model.Remove(key));
                        break;
                }

                linked.Count.Should().Be(model.Count);
                linked.Keys().Should().Equal(model.Keys);
                var facts = new List<object>();
                for (var i = 0; i < linked.Slots; i++)
                {
                    if (linked.FactAt(i) is { } f)
                    {
                        facts.Add(f);
                    }
                }

                facts.Should().Equal(model.Values);
                linked.TryGetValue(key, out var found).Should().Be(model.TryGetValue(key, out var expected));
                found.Should().BeSameAs(expected);
            }
        }
    }
}
