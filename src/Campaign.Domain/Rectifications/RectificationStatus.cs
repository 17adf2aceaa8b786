namespace Campaign.Domain.Rectifications;

/// <summary>
/// The status of a rectification. The legal path is
/// <see cref="NotStarted"/> → <see cref="InProgress"/> → <see cref="Completed"/> → <see cref="ClosedOff"/>
/// (completing straight from <see cref="NotStarted"/> is allowed for an immediate fix).
/// </summary>
public enum RectificationStatus
{
    /// <summary>Not started yet (尚未启动).</summary>
    NotStarted,

    /// <summary>Being rectified (正在整改).</summary>
    InProgress,

    /// <summary>Rectification completed (整改完毕).</summary>
    Completed,

    /// <summary>Accepted by the upper level and struck off the list (验收销号).</summary>
    ClosedOff,
}
