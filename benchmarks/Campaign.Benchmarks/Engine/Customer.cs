namespace Campaign.Benchmarks.Engine;

/// <summary>A benchmark fact: a customer with an id, a credit limit and a rating.</summary>
public sealed class Customer
{
    /// <summary>Creates a customer.</summary>
    /// <param name="id">The id.</param>
    /// <param name="limit">The credit limit.</param>
    /// <param name="rating">The rating (0..9).</param>
    public Customer(int id, int limit, int rating)
    {
        Id = id;
        Limit = limit;
        Rating = rating;
    }

    /// <summary>The id.</summary>
    public int Id { get; }

    /// <summary>The credit limit.</summary>
    public int Limit { get; }

    /// <summary>The rating (0..9).</summary>
    public int Rating { get; }
}
