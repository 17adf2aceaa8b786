using Campaign.Domain.Input;

namespace Campaign.Domain.Serialization;

/// <summary>
/// The longest text each field of <c>campaign-dataset/1</c> may hold, in characters (UTF-16 code units, so a Chinese
/// character counts one). The reader refuses a longer value with <see cref="InputErrorCode.TooLong"/>, checking its
/// length before decoding it; <c>docs/dataset-format.md</c> and the JSON schema state the same limits.
/// </summary>
public static class DatasetLimits
{
    /// <summary>Ids and references to ids, focus ids and focus list codes: 100.</summary>
    public const int MaxIdLength = 100;

    /// <summary>The campaign name, unit names and people's names: 200.</summary>
    public const int MaxNameLength = 200;

    /// <summary>An opinion's channel: 100.</summary>
    public const int MaxChannelLength = 100;

    /// <summary>An opinion's text, a problem's text and a rectification's measure: 10,000.</summary>
    public const int MaxTextLength = 10_000;

    /// <summary>An evidence item's reference (a document name, a file number, a link): 1,000.</summary>
    public const int MaxReferenceLength = 1_000;
}
