namespace Campaign.Benchmarks.Engine;

/// <summary>A benchmark fact: an order of a customer. Its amount can change (for the update benchmark).</summary>
public sealed class Order
{
    /// <summary>Creates an order.</summary>
    /// <param name="id">The id.</param>
    /// <param name="customerId">The customer's id.</param>
    /// <param name="amount">The amount.</param>
    /// <param name="status">The status (0..4).</param>
    public Order(int id, int customerId, int amount, int status)
    {
        Id = id;
        CustomerId = customerId;
        Amount = amount;
        Status = status;
    }

    /// <summary>The id.</summary>
    public int Id { get; }

    /// <summary>The customer's id.</summary>
    public int CustomerId { get; }

    /// <summary>The amount.</summary>
    public int Amount { get; set; }

    /// <summary>The status (0..4).</summary>
    public int Status { get; }
}
