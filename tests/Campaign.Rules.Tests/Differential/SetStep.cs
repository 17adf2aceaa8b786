namespace Campaign.Rules.Tests.Differential;

/// <summary>
/// One random set operation of the set-versus-one-by-one test: <see cref="Kind"/> is InsertAll, UpdateAll,
/// RetractAll or Fire; the set holds up to <see cref="Count"/> + 1 facts of the pool from <see cref="Index"/> on;
/// <see cref="Field"/> and <see cref="Value"/> say what an insert or update changes first.
/// </summary>
public sealed record SetStep(StepKind Kind, int Index, int Field, int Value, int Count)
{
    public override string ToString() => $"{Kind}(i{Index},f{Field},v{Value},n{Count})";
}
