namespace Campaign.Rules.Tests.Differential;

/// <summary>A fact of the differential test; mutable so that updates change what matches. Identity is the reference.</summary>
internal sealed class Order
{
    public Order(int id, int customerId, int amount)
    {
        Id = id;
        CustomerId = customerId;
        Amount = amount;
    }

    public int Id { get; }

    public int CustomerId { get; set; }

    public int Amount { get; set; }

    public override string ToString() => $"O{Id}(c{CustomerId},a{Amount})";
}
