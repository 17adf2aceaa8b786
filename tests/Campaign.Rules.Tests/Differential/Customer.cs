namespace Campaign.Rules.Tests.Differential;

/// <summary>A fact of the differential test; mutable so that updates change what matches. Identity is the reference.</summary>
internal sealed class Customer
{
    public Customer(int id, int region, int level)
    {
        Id = id;
        Region = region;
        Level = level;
    }

    public int Id { get; }

    public int Region { get; set; }

    public int Level { get; set; }

    public override string ToString() => $"C{Id}(r{Region},l{Level})";
}
