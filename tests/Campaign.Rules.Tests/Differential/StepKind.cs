namespace Campaign.Rules.Tests.Differential;

/// <summary>The operations of the differential test.</summary>
public enum StepKind
{
    Insert,
    InsertAll,
    Update,
    Retract,
    RetractAll,
    Fire,
    UpdateAll,
}
