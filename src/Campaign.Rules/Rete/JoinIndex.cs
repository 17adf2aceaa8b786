namespace Campaign.Rules.Rete;

/// <summary>
/// The hash index of a join: one bucket per join key holding both the left tokens and the right facts with
/// that key, so an incoming token or fact meets only its matches. Without an equality condition there is a
/// single bucket (nested-loop join).
/// </summary>
internal abstract class JoinIndex
{
    public abstract bool IsHashed { get; }

    public abstract int BucketCount { get; }

    public abstract Bucket ForToken(Token token);

    public abstract Bucket ForFact(object fact);

    /// <summary>Fresh comparison of both keys (used when re-checking a match after an update).</summary>
    public abstract bool KeysEqual(Token token, object fact);

    public abstract void Release(Bucket bucket);
}

internal sealed class SingleBucketIndex : JoinIndex
{
    private readonly Bucket _bucket = new();

    public override bool IsHashed => false;

    public override int BucketCount => 1;

    public override Bucket ForToken(Token token) => _bucket;

    public override Bucket ForFact(object fact) => _bucket;

    public override bool KeysEqual(Token token, object fact) => true;

    public override void Release(Bucket bucket)
    {
    }
}

internal sealed class KeyIndex<TKey> : JoinIndex
    where TKey : notnull
{
    private readonly Func<Token, TKey> _leftKey;
    private readonly Func<object, TKey> _rightKey;
    private readonly IEqualityComparer<TKey> _comparer;
    private readonly Dictionary<TKey, Bucket<TKey>> _buckets;
    private Bucket<TKey>? _nullBucket;

    public KeyIndex(Func<Token, TKey> leftKey, Func<object, TKey> rightKey, IEqualityComparer<TKey> comparer)
    {
        _leftKey = leftKey;
        _rightKey = rightKey;
        _comparer = comparer;
        _buckets = new Dictionary<TKey, Bucket<TKey>>(comparer);
    }

    public override bool IsHashed => true;

    public override int BucketCount => _buckets.Count + (_nullBucket is null ? 0 : 1);

    public override Bucket ForToken(Token token) => Get(_leftKey(token));

    public override Bucket ForFact(object fact) => Get(_rightKey(fact));

    public override bool KeysEqual(Token token, object fact) => _comparer.Equals(_leftKey(token), _rightKey(fact));

    public override void Release(Bucket bucket)
    {
        if (!bucket.IsEmpty)
        {
            return;
        }

        var typed = (Bucket<TKey>)bucket;
        if (typed.IsNullKey)
        {
            if (ReferenceEquals(_nullBucket, typed))
            {
                _nullBucket = null;
            }
        }
        else if (_buckets.TryGetValue(typed.Key, out var current) && ReferenceEquals(current, typed))
        {
            _buckets.Remove(typed.Key);
        }
    }

    private Bucket<TKey> Get(TKey key)
    {
        // C# == treats null == null as true, so null keys share one bucket outside the dictionary.
        if (key is null)
        {
            return _nullBucket ??= new Bucket<TKey>(key!, isNull: true);
        }

        if (!_buckets.TryGetValue(key, out var bucket))
        {
            bucket = new Bucket<TKey>(key, isNull: false);
            _buckets.Add(key, bucket);
        }

        return bucket;
    }
}

/// <summary>Compiled (per factory) description of an index; creates a fresh index per session.</summary>
internal abstract class JoinIndexPlan
{
    public abstract string Description { get; }

    public abstract JoinIndex Create();
}

internal sealed class SingleBucketIndexPlan : JoinIndexPlan
{
    public static readonly SingleBucketIndexPlan Instance = new();

    public override string Description => "nested loop";

    public override JoinIndex Create() => new SingleBucketIndex();
}

internal sealed class KeyIndexPlan<TKey> : JoinIndexPlan
    where TKey : notnull
{
    private readonly Func<Token, TKey> _leftKey;
    private readonly Func<object, TKey> _rightKey;
    private readonly IEqualityComparer<TKey> _comparer;

    public KeyIndexPlan(Func<Token, TKey> leftKey, Func<object, TKey> rightKey, IEqualityComparer<TKey> comparer, string description)
    {
        _leftKey = leftKey;
        _rightKey = rightKey;
        _comparer = comparer;
        Description = description;
    }

    public override string Description { get; }

    public override JoinIndex Create() => new KeyIndex<TKey>(_leftKey, _rightKey, _comparer);
}
