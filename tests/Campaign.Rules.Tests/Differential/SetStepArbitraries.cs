using FsCheck;
using FsCheck.Fluent;

namespace Campaign.Rules.Tests.Differential;

/// <summary>FsCheck generators of <see cref="SetStep"/>s: mostly set operations of one to eight facts, some Fire.</summary>
public static class SetStepArbitraries
{
    public static Arbitrary<SetStep> Steps()
    {
        var kinds = Gen.Frequency(
            (30, Gen.Constant(StepKind.InsertAll)),
            (30, Gen.Constant(StepKind.UpdateAll)),
            (20, Gen.Constant(StepKind.RetractAll)),
            (15, Gen.Constant(StepKind.Fire)));
        var steps =
            from kind in kinds
            from index in Gen.Choose(0, 17)
            from field in Gen.Choose(0, 1)
            from value in Gen.Choose(0, 9)
            from count in Gen.Choose(0, 7)
            select new SetStep(kind, index, field, value, count);
        return Arb.From(steps);
    }
}
