namespace Campaign.Domain.Serialization;

/// <summary>
/// What kind of problem a <see cref="DatasetError"/> reports. The code and <see cref="DatasetError.Arguments"/> are
/// stable for programs to match on; <see cref="DatasetError.GetMessage"/> renders them in English or Chinese. Every code
/// is listed with an example message in <c>docs/dataset-format.md</c>.
/// </summary>
public enum DatasetErrorCode
{
    /// <summary>A message given as text (<see cref="DatasetError(string, int?, int?, string)"/>): no code, shown as written in every language.</summary>
    Custom = 0,

    // ---- the file and its JSON: the only error reported, with line and position ----

    /// <summary>The file is empty or holds only white space. No arguments.</summary>
    EmptyDocument,

    /// <summary>The file ends before the JSON is complete (cut off). No arguments.</summary>
    Truncated,

    /// <summary>A comma before a closing bracket. Arguments: the bracket (<c>}</c> or <c>]</c>).</summary>
    TrailingComma,

    /// <summary>A <c>//</c> or <c>/*</c> comment. No arguments.</summary>
    Comment,

    /// <summary>A byte order mark (U+FEFF) between the tokens of the document. No arguments.</summary>
    StrayByteOrderMark,

    /// <summary>Text after the end of the root object. Arguments: the text found (an excerpt).</summary>
    TrailingContent,

    /// <summary>Where a property name was expected, something else. Arguments: the text found (an excerpt).</summary>
    ExpectedPropertyName,

    /// <summary>A property name not followed by <c>:</c>. Arguments: the text found (an excerpt).</summary>
    ExpectedColon,

    /// <summary>Where a value was expected, something else. Arguments: the text found (an excerpt).</summary>
    ExpectedValue,

    /// <summary>Text in single quotes. No arguments.</summary>
    SingleQuotes,

    /// <summary>Two values or properties without a comma between them. Arguments: the text found (an excerpt).</summary>
    ExpectedCommaOrEnd,

    /// <summary>A string with an unescaped control character (tab, line break) or a bad <c>\</c> escape. No arguments.</summary>
    InvalidString,

    /// <summary>A malformed number (<c>01</c>, <c>1.</c>, <c>+1</c>). Arguments: the text found (an excerpt).</summary>
    InvalidNumber,

    /// <summary>A bare word other than <c>true</c>, <c>false</c>, <c>null</c>. Arguments: the text found (an excerpt).</summary>
    InvalidLiteral,

    /// <summary>Malformed JSON of another kind. No arguments.</summary>
    MalformedJson,

    /// <summary>The file is UTF-16 or UTF-32, with or without a byte order mark. Arguments: the encoding (<c>UTF-16</c> or <c>UTF-32</c>).</summary>
    WideEncoding,

    /// <summary>Bytes that are not UTF-8. Arguments: the bytes in hex (<c>0xD6 0xD0</c>); the likely encoding: <c>GBK</c>, <c>Latin-1</c> or empty.</summary>
    NotUtf8,

    /// <summary>One value longer than the reader holds in memory, far beyond every length limit. Arguments: that size in bytes; the longest text allowed in characters.</summary>
    ValueTooLarge,

    // ---- structure and values: every one is reported ----

    /// <summary>A value of the wrong JSON type. Arguments: what was expected (a key: <c>object</c>, <c>string</c>, <c>id</c>,
    /// <c>date</c>, <c>enum</c>, <c>format</c>, <c>array</c>, <c>idArray</c>, <c>codeArray</c>, <c>enumArray</c>,
    /// <c>evidenceArray</c>, <c>periodObject</c>, <c>ownerObject</c>, <c>evidenceObject</c>, <c>evaluationObject</c>,
    /// <c>boolean</c>, <c>integer</c>, <c>number</c>); what was found (<c>string</c>, <c>number</c>, <c>boolean</c>,
    /// <c>null</c>, <c>object</c>, <c>array</c>); the allowed values or the format name, when the expectation has them.</summary>
    WrongType,

    /// <summary>A property given twice in one object. Arguments: the property.</summary>
    DuplicateProperty,

    /// <summary>A required property is missing. Arguments: the property.</summary>
    MissingProperty,

    /// <summary>A property the format does not have. Arguments: the property (an excerpt); the allowed properties.</summary>
    UnknownProperty,

    /// <summary><c>format</c> is not <c>campaign-dataset/1</c>. Arguments: the value found (an excerpt); the expected format.</summary>
    UnsupportedFormat,

    /// <summary>The campaign name is blank. No arguments.</summary>
    EmptyCampaignName,

    /// <summary>An id or reference is the empty string. No arguments.</summary>
    EmptyId,

    /// <summary>A text or id longer than its limit. Arguments: the property; the limit in characters.</summary>
    TooLong,

    /// <summary>A date not of the form <c>yyyy-MM-dd</c>. Arguments: the value (an excerpt).</summary>
    NotADate,

    /// <summary>A date of the right form that does not exist (<c>2014-02-30</c>). Arguments: the value.</summary>
    NotACalendarDate,

    /// <summary>A value outside its enumeration. Arguments: the value (an excerpt); the allowed values.</summary>
    NotAllowedValue,

    /// <summary>A number too large for a double. Arguments: the number as written (an excerpt).</summary>
    NumberOutOfRange,

    /// <summary>A number that is not a 32-bit whole number where one is required. Arguments: the number as written (an excerpt).</summary>
    NotAnInteger,

    /// <summary>A period whose end is before its start. Arguments: the end; the start.</summary>
    PeriodEndBeforeStart,

    /// <summary>An id used twice in one collection. Arguments: the id; the path of its first record.</summary>
    DuplicateId,

    /// <summary>A <c>campaign.focusLists</c> code not in the focus catalog. Arguments: the code; the known codes.</summary>
    UnknownFocusList,

    /// <summary>A <c>focusId</c> not in the focus catalog. Arguments: the id.</summary>
    UnknownFocusId,

    /// <summary><c>fourWinds</c> on a problem of another category. Arguments: the problem's category.</summary>
    FourWindsNotAllowed,

    /// <summary>An individual owner without <c>personId</c>. No arguments.</summary>
    OwnerPersonRequired,

    /// <summary>A team owner with a <c>personId</c>. No arguments.</summary>
    TeamOwnerWithPerson,

    /// <summary>A rectification with an empty <c>problemIds</c>. No arguments.</summary>
    NoProblemIds,

    /// <summary><c>completedOn</c> missing for a finished rectification. Arguments: the status.</summary>
    CompletedOnRequired,

    /// <summary><c>completedOn</c> given for an unfinished rectification. Arguments: the status.</summary>
    CompletedOnNotAllowed,

    /// <summary><c>satisfiedRate</c> outside 0..1. Arguments: the rate.</summary>
    SatisfiedRateOutOfRange,

    /// <summary><c>satisfiedRate</c> missing for an evaluation by the masses. No arguments.</summary>
    SatisfiedRateRequired,

    /// <summary>A negative number of respondents. Arguments: the number.</summary>
    NegativeRespondents,

    /// <summary>A reference to an id no record has. Arguments: the kind of record (<c>unit</c>, <c>person</c>, <c>opinion</c>, <c>problem</c>, <c>rectification</c>); the id.</summary>
    DanglingReference,

    /// <summary>An individual owner who belongs to another unit. Arguments: the person id; the person's unit id; the problem's unit id.</summary>
    OwnerInOtherUnit,

    /// <summary>A parent chain that loops. Arguments: the unit ids of the loop, from its first unit back to it.</summary>
    ParentLoop,

    // ---- a ledger workbook (.xlsx) only: each error has its cell (DatasetError.Cell) ----

    /// <summary>The file is not an Excel workbook (not a zip archive, or no workbook in it). Arguments: the reason as the
    /// Open XML library gives it, or empty (English text, shown in the English message only).</summary>
    NotAWorkbook,

    /// <summary>The workbook opens but a part of it cannot be read. Arguments: the reason as the Open XML library gives it (English text, shown in the English message only).</summary>
    DamagedWorkbook,

    /// <summary>A required sheet (活动 or 单位) is missing. Arguments: the sheet; the sheets of a ledger workbook, comma-separated.</summary>
    MissingSheet,

    /// <summary>A sheet with records whose row 1 is empty. Arguments: the sheet; its column headers, comma-separated.</summary>
    MissingHeaderRow,

    /// <summary>A header that is not a column of the sheet. Arguments: the header; the sheet; its column headers, comma-separated.</summary>
    UnknownColumn,

    /// <summary>A header given twice. Arguments: the header; the column letter where it first appears.</summary>
    DuplicateColumn,

    /// <summary>A required column missing from the header. Arguments: the header; the dataset field it fills.</summary>
    MissingColumn,

    /// <summary>A value on the 活动 sheet with column A blank. No arguments.</summary>
    CampaignItemWithoutName,

    /// <summary>An item name in column A of the 活动 sheet that is not one of its items. Arguments: the name; the items, comma-separated.</summary>
    UnknownCampaignItem,

    /// <summary>An item of the 活动 sheet given twice. Arguments: the name; the row where it first appears.</summary>
    DuplicateCampaignItem,

    /// <summary>A cell holding an Excel error value. Arguments: the value (<c>#N/A</c>, <c>#REF!</c>, <c>#VALUE!</c> …).</summary>
    ExcelErrorValue,

    /// <summary>An evidence row whose rectification id is blank. Arguments: the rectifications' sheet.</summary>
    EvidenceWithoutRectificationId,

    /// <summary>An evidence row whose rectification id no row of the rectifications' sheet has. Arguments: the rectifications' sheet; the id.</summary>
    EvidenceOfUnknownRectification,
}
