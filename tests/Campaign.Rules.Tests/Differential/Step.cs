namespace Campaign.Rules.Tests.Differential;

/// <summary>
/// One random operation of the differential test. <see cref="Index"/> picks a fact of the pool (6 customers, 12 orders);
/// <see cref="Field"/>, <see cref="Value"/> and <see cref="Count"/> say what changes, how many facts a set operation
/// takes, and how many rules a <c>Fire(n)</c> fires (0: all).
/// </summary>
public sealed record Step(StepKind Kind, bool Customer, int Index, int Field, int Value, int Count)
{
    public override string ToString() => $"{Kind}({(Customer ? "C" : "O")}{Index},f{Field},v{Value},n{Count})";
}
