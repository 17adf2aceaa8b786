using Campaign.Rules.Rete;

namespace Campaign.Rules.Tests.Rete;

/// <summary>The pending-recompute queue of a query node replaces a Dictionary&lt;Token, bool&gt;: same order, same flags.</summary>
public class PendingQueueTests
{
    [Fact]
    public void RandomAddsAndRemoves_EnumerateInTheOrderOfADictionary_WithTheSameFlags()
    {
        var random = new Random(4242);
        var tokens = Enumerable.Range(0, 3_000).Select(i => new JoinToken(null, i)).ToList();
        var queue = new PendingQueue();
        for (var round = 0; round < 4; round++)
        {
            var model = new Dictionary<JoinToken, bool>();
            var steps = round == 1 ? 20_000 : 300;
            for (var step = 0; step < steps; step++)
            {
                var token = tokens[random.Next(round == 1 ? tokens.Count : 200)];
                if (random.Next(3) == 0)
                {
                    model.Remove(token);
                    queue.Remove(token);
                }
                else
                {
                    var all = random.Next(4) == 0;
                    var added = !model.ContainsKey(token);
                    model[token] = added ? all : model[token] | all;
                    queue.Add(token, all).Should().Be(added);
                }
            }

            queue.Count.Should().Be(model.Count);
            var drained = new List<KeyValuePair<JoinToken, bool>>();
            queue.Unmark();
            for (var i = 0; i < queue.Used; i++)
            {
                if (queue[i] is { } token)
                {
                    drained.Add(new(token, token.PendingAll));
                    token.PendingAll = false;
                }
            }

            queue.Reset();
            drained.Select(p => (int)p.Key.Value!).Should().Equal(model.Select(p => (int)p.Key.Value!));
            drained.Should().Equal(model);
            tokens.Should().OnlyContain(t => t.PendingSlot == 0 && !t.PendingAll);
            queue.Count.Should().Be(0);
        }

        // After the large round the chunks were dropped again.
        queue.Capacity.Should().BeLessThanOrEqualTo(1_024);
    }
}
