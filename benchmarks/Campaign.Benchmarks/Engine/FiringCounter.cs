namespace Campaign.Benchmarks.Engine;

/// <summary>Counts rule firings (the rules' actions call it); benchmarks reset it and return it.</summary>
internal static class FiringCounter
{
    public static long Count { get; private set; }

    public static long Sum { get; private set; }

    public static void Reset()
    {
        Count = 0;
        Sum = 0;
    }

    public static void Hit() => Count++;

    public static void Add(long value)
    {
        Count++;
        Sum += value;
    }
}
