namespace Campaign.Domain.Focus;

/// <summary>What kind of problem a <see cref="FocusCatalogError"/> reports; <see cref="FocusCatalogError.Arguments"/> holds the values it names.</summary>
public enum FocusCatalogErrorCode
{
    /// <summary>A message given as text: shown as written in every language.</summary>
    Custom = 0,

    /// <summary>The JSON is malformed. Arguments: the line and the byte position, when known.</summary>
    MalformedJson,

    /// <summary>A value that must be an object is not. No arguments.</summary>
    ExpectedObject,

    /// <summary><c>format</c> is missing. Arguments: the expected format.</summary>
    MissingFormat,

    /// <summary><c>format</c> is not <c>focus-catalog/1</c>. Arguments: the expected format; the value found, as JSON.</summary>
    WrongFormat,

    /// <summary>A required property is missing. No arguments (the path names it).</summary>
    MissingProperty,

    /// <summary>A value that must be an array is not. No arguments.</summary>
    ExpectedArray,

    /// <summary>A list code given twice. Arguments: the code.</summary>
    DuplicateListCode,

    /// <summary>An entry id given twice. Arguments: the id.</summary>
    DuplicateId,

    /// <summary><c>unitKinds</c> is not a non-empty array. No arguments.</summary>
    ExpectedUnitKinds,

    /// <summary>A unit kind the model does not have. Arguments: the value found, as JSON; the known kinds.</summary>
    UnknownUnitKind,

    /// <summary><c>"*"</c> listed with other kinds. No arguments.</summary>
    EveryKindAlone,

    /// <summary>An <c>ALL</c> id whose <c>unitKinds</c> is not <c>["*"]</c>. Arguments: the id.</summary>
    EveryKindIdMismatch,

    /// <summary>A value that must be a non-empty string is not. Arguments: the value found, as JSON.</summary>
    ExpectedString,

    /// <summary>A property the shape does not have. Arguments: the allowed properties.</summary>
    UnknownProperty,

    /// <summary>Two catalogs give one id different content. Arguments: the id.</summary>
    ConflictingProblem,
}
