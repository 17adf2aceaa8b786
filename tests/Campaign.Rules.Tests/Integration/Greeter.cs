using Campaign.Rules.Tests.Builders;

namespace Campaign.Rules.Tests.Integration;

public sealed class Greeter
{
    public string Greet(Customer customer) => "hello " + customer;
}
