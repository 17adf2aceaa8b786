using NRules.RuleModel;

namespace Campaign.Rules.Tests.Builders;

public class Customer
{
    public Customer(int id, string name = "", bool isVip = false)
    {
        Id = id;
        Name = name;
        IsVip = isVip;
    }

    public int Id { get; }

    public string Name { get; set; }

    public bool IsVip { get; set; }

    public override string ToString() => "C" + Id;
}

public class PreferredCustomer : Customer
{
    public PreferredCustomer(int id)
        : base(id)
    {
    }
}

public class Order
{
    public Order(int id, int customerId, decimal amount = 10m)
    {
        Id = id;
        CustomerId = customerId;
        Amount = amount;
    }

    public int Id { get; }

    public int CustomerId { get; set; }

    public decimal Amount { get; set; }

    public bool IsOpen { get; set; } = true;

    public override string ToString() => "O" + Id;
}

public class Alert
{
    public Alert(string text) => Text = text;

    public string Text { get; }

    public override string ToString() => "Alert(" + Text + ")";
}

public sealed class Keyed : IIdentityProvider
{
    public Keyed(string key, int value)
    {
        Key = key;
        Value = value;
    }

    public string Key { get; }

    public int Value { get; }

    public object GetIdentity() => Key;
}
