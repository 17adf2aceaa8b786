using FsCheck;
using FsCheck.Fluent;

namespace Campaign.Rules.Tests.Differential;

/// <summary>FsCheck generators of <see cref="Step"/>s (arrays of steps are derived and shrunk by FsCheck).</summary>
public static class StepArbitraries
{
    public static Arbitrary<Step> Steps()
    {
        var kinds = Gen.Frequency(
            (30, Gen.Constant(StepKind.Insert)),
            (5, Gen.Constant(StepKind.InsertAll)),
            (25, Gen.Constant(StepKind.Update)),
            (12, Gen.Constant(StepKind.Retract)),
            (4, Gen.Constant(StepKind.RetractAll)),
            (15, Gen.Constant(StepKind.Fire)));
        var steps =
            from kind in kinds
            from customer in Gen.Elements(true, false, false)
            from index in Gen.Choose(0, 11)
            from field in Gen.Choose(0, 1)
            from value in Gen.Choose(0, 9)
            from count in Gen.Choose(0, 3)
            select new Step(kind, customer, index, field, value, count);
        return Arb.From(steps);
    }
}
