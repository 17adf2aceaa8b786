using Campaign.Rules.Rete;

namespace Campaign.Rules.Tests.Rete;

/// <summary>The chained hash index of a join (slots in chunked arrays, lists through the tokens and entries).</summary>
public class JoinIndexTests
{
    private static KeyIndex<string> NewIndex() =>
        new(t => (string)t.Value!, f => (string)f, StringComparer.Ordinal);

    private static JoinToken Token(string? key) => new(null, key);

    private static RightEntry Entry(string key) => new(new Fact(key), 1);

    [Fact]
    public void Bucket_SameOtherAndNullKeys_SameKeySharesOtherKeyDoesNotNullKeysShareOne()
    {
        var index = NewIndex();
        var a = index.ForToken(Token("a"));
        index.AddToken(a, Token("a"));

        index.ForToken(Token("a")).Should().Be(a);
        index.ForToken(Token("b")).Should().NotBe(a);
        var nullBucket = index.ForToken(Token(null));
        nullBucket.Should().NotBe(a);
        index.AddToken(nullBucket, Token(null));
        index.ForToken(Token(null)).Should().Be(nullBucket);
    }

    [Fact]
    public void Lists_KeepInsertionOrder_AfterRemovingHeadMiddleAndTail()
    {
        var index = NewIndex();
        var tokens = Enumerable.Range(0, 6).Select(_ => Token("k")).ToList();
        var bucket = index.ForToken(tokens[0]);
        foreach (var token in tokens)
        {
            index.AddToken(bucket, token);
        }

        index.RemoveToken(tokens[0]);
        index.RemoveToken(tokens[3]);
        index.RemoveToken(tokens[5]);
        var added = Token("k");
        index.AddToken(bucket, added);

        TokensOf(index, bucket).Should().Equal(tokens[1], tokens[2], tokens[4], added);
        CheckLinks(index, bucket);
        tokens[0].Bucket.Should().Be(JoinIndex.None);
        tokens[0].BucketPrev.Should().BeNull();
        tokens[0].BucketNext.Should().BeNull();
    }

    [Fact]
    public void EmptiedBucket_IsReleasedAndItsSlotReused()
    {
        var index = NewIndex();
        var token = Token("a");
        var a = index.ForToken(token);
        index.AddToken(a, token);
        var entry = Entry("a");
        index.AddEntry(a, entry);

        index.RemoveToken(token);
        index.BucketCount.Should().Be(1, "the entry still holds the bucket");
        index.RemoveEntry(entry);
        index.BucketCount.Should().Be(0);

        // The freed slot is reused for the next new key, and the old key no longer finds it as its own.
        var b = index.ForFact("b");
        b.Should().Be(a);
        index.FirstToken(b).Should().BeNull();
        index.FirstEntry(b).Should().BeNull();
    }

    [Fact]
    public void RandomAddsAndRemoves_MatchADictionaryOfLists_ThroughGrowthAndReuse()
    {
        var random = new Random(12345);
        var index = NewIndex();
        var model = new Dictionary<string, (List<JoinToken> Tokens, List<RightEntry> Entries)>();
        var liveTokens = new List<JoinToken>();
        var liveEntries = new List<RightEntry>();
        var maxCapacity = 0;

        for (var round = 0; round < 3; round++)
        {
            // Grow to ~5,000 keys (past several chunks), then shrink to a few hundred, then grow again.
            var keys = round == 1 ? 300 : 5_000;
            for (var step = 0; step < 40_000; step++)
            {
                var remove = liveTokens.Count + liveEntries.Count > 0 && random.Next(100) < (round == 1 ? 70 : 35);
                if (remove)
                {
                    if (random.Next(2) == 0 && liveTokens.Count > 0)
                    {
                        var i = random.Next(liveTokens.Count);
                        var token = liveTokens[i];
                        liveTokens[i] = liveTokens[^1];
                        liveTokens.RemoveAt(liveTokens.Count - 1);
                        index.RemoveToken(token);
                        var key = (string)token.Value!;
                        model[key].Tokens.Remove(token);
                        Forget(model, key);
                    }
                    else if (liveEntries.Count > 0)
                    {
                        var i = random.Next(liveEntries.Count);
                        var entry = liveEntries[i];
                        liveEntries[i] = liveEntries[^1];
                        liveEntries.RemoveAt(liveEntries.Count - 1);
                        index.RemoveEntry(entry);
                        var key = (string)entry.Fact.Object;
                        model[key].Entries.Remove(entry);
                        Forget(model, key);
                    }
                }
                else
                {
                    var key = "k" + random.Next(keys);
                    if (!model.TryGetValue(key, out var lists))
                    {
                        lists = ([], []);
                        model[key] = lists;
                    }

                    if (random.Next(2) == 0)
                    {
                        var token = Token(key);
                        index.AddToken(index.ForToken(token), token);
                        lists.Tokens.Add(token);
                        liveTokens.Add(token);
                    }
                    else
                    {
                        var entry = Entry(key);
                        index.AddEntry(index.ForFact(entry.Fact.Object), entry);
                        lists.Entries.Add(entry);
                        liveEntries.Add(entry);
                    }
                }
            }

            index.BucketCount.Should().Be(model.Count);
            foreach (var (key, lists) in model)
            {
                var bucket = index.ForToken(Token(key));
                TokensOf(index, bucket).Should().Equal(lists.Tokens);
                EntriesOf(index, bucket).Should().Equal(lists.Entries);
                lists.Tokens.Count(t => t.Bucket != bucket).Should().Be(0);
                lists.Entries.Count(e => e.Bucket != bucket).Should().Be(0);
                CheckLinks(index, bucket);
            }

            maxCapacity = Math.Max(maxCapacity, index.Capacity);
        }

        // Slots are reused: the index never held more than ~5,000 keys at once, so it never needed much more room.
        model.Count.Should().BeGreaterThan(1_024);
        maxCapacity.Should().BeLessThanOrEqualTo(6 * 1_024);
    }

    private static void Forget(Dictionary<string, (List<JoinToken> Tokens, List<RightEntry> Entries)> model, string key)
    {
        if (model[key].Tokens.Count == 0 && model[key].Entries.Count == 0)
        {
            model.Remove(key);
        }
    }

    private static List<JoinToken> TokensOf(JoinIndex index, int bucket)
    {
        var list = new List<JoinToken>();
        for (var t = index.FirstToken(bucket); t is not null; t = t.BucketNext)
        {
            list.Add(t);
        }

        return list;
    }

    private static List<RightEntry> EntriesOf(JoinIndex index, int bucket)
    {
        var list = new List<RightEntry>();
        for (var e = index.FirstEntry(bucket); e is not null; e = e.Next)
        {
            list.Add(e);
        }

        return list;
    }

    private static void CheckLinks(JoinIndex index, int bucket)
    {
        // The head's previous link is the tail; every other previous link is the element before.
        var tokens = TokensOf(index, bucket);
        for (var i = 0; i < tokens.Count; i++)
        {
            tokens[i].BucketPrev.Should().BeSameAs(i == 0 ? tokens[^1] : tokens[i - 1]);
        }

        var entries = EntriesOf(index, bucket);
        for (var i = 0; i < entries.Count; i++)
        {
            entries[i].Prev.Should().BeSameAs(i == 0 ? entries[^1] : entries[i - 1]);
        }
    }
}
