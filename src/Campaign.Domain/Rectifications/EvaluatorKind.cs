namespace Campaign.Domain.Rectifications;

/// <summary>Who evaluated a rectification.</summary>
public enum EvaluatorKind
{
    /// <summary>The masses (群众评议).</summary>
    Masses,

    /// <summary>The unit itself (self-assessment; 自我感觉 cannot replace the masses' evaluation).</summary>
    Self,
}
