using NRules;

namespace Campaign.Rules;

/// <summary>NRules' batch forms that report failures instead of throwing: all or nothing, or the rest without the failed.</summary>
internal sealed partial class Session
{
    public IFactResult TryInsertAll(IEnumerable<object> facts) => TryInsertAll(facts, BatchOptions.AllOrNothing);

    public IFactResult TryInsertAll(IEnumerable<object> facts, BatchOptions options)
    {
        var (accepted, failed) = Partition(facts, present: false);
        if (accepted.Count > 0 && (failed.Count == 0 || options == BatchOptions.SkipFailed))
        {
            InsertAllCore(accepted);
            Flush();
        }

        return new FactResult(failed);
    }

    public IFactResult TryUpdateAll(IEnumerable<object> facts) => TryUpdateAll(facts, BatchOptions.AllOrNothing);

    public IFactResult TryUpdateAll(IEnumerable<object> facts, BatchOptions options)
    {
        var (accepted, failed) = Partition(facts, present: true);
        if (accepted.Count > 0 && (failed.Count == 0 || options == BatchOptions.SkipFailed))
        {
            UpdateAllCore(accepted);
            Flush();
        }

        return new FactResult(failed);
    }

    public IFactResult TryRetractAll(IEnumerable<object> facts) => TryRetractAll(facts, BatchOptions.AllOrNothing);

    public IFactResult TryRetractAll(IEnumerable<object> facts, BatchOptions options)
    {
        var (accepted, failed) = Partition(facts, present: true);
        if (accepted.Count > 0 && (failed.Count == 0 || options == BatchOptions.SkipFailed))
        {
            RetractAllCore(accepted);
            Flush();
        }

        return new FactResult(failed);
    }

    /// <summary>
    /// Splits a set into the facts the operation can take (absent ones for insert, present and not linked ones for update
    /// and retract, each identity once) and the failed rest.
    /// </summary>
    private (List<object> Accepted, List<object> Failed) Partition(IEnumerable<object> facts, bool present)
    {
        ArgumentNullException.ThrowIfNull(facts);
        var accepted = new List<object>();
        var failed = new List<object>();
        var seen = new HashSet<object>(_identity);
        foreach (var value in facts)
        {
            ArgumentNullException.ThrowIfNull(value, nameof(facts));
            var ok = seen.Add(value) && (present
                ? _facts.TryGetValue(value, out var fact) && fact.Source is null
                : !_facts.ContainsKey(value));
            (ok ? accepted : failed).Add(value);
        }

        return (accepted, failed);
    }

    private sealed class FactResult : IFactResult
    {
        public FactResult(List<object> failed) => Failed = failed;

        public int FailedCount => Failed.Count;

        public IReadOnlyCollection<object> Failed { get; }
    }
}
