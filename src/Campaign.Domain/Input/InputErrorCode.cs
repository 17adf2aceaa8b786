namespace Campaign.Domain.Input;

/// <summary>
/// What kind of problem an <see cref="InputError"/> reports. The code (name and number) and <see cref="InputError.Arguments"/>
/// are stable for programs to match on; <see cref="InputError.GetMessage"/> renders them in English or Chinese. The dataset
/// codes (1–60) and the focus catalog codes (101–115) are listed with their messages in <c>docs/dataset-format.md</c>, the
/// options codes (201–222) and the user rule class codes (301–309) in <c>docs/rules.md</c>.
/// </summary>
public enum InputErrorCode
{
    /// <summary>A message given as text (<see cref="InputError(string, int?, int?, string)"/>): no code, shown as written in every language.</summary>
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

    // ---- a ledger workbook (.xlsx) only: each error has its cell (InputError.Cell) ----

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

    // ---- a focus catalog (focus-catalog/1) ----

    /// <summary>The focus catalog's JSON is malformed. Arguments: the line and the byte position, when known.</summary>
    CatalogMalformedJson = 101,

    /// <summary>A value of the focus catalog that must be an object is not. No arguments.</summary>
    CatalogExpectedObject = 102,

    /// <summary>The focus catalog's <c>format</c> is missing. Arguments: the expected format.</summary>
    CatalogMissingFormat = 103,

    /// <summary>The focus catalog's <c>format</c> is not <c>focus-catalog/1</c>. Arguments: the expected format; the value found, as JSON.</summary>
    CatalogWrongFormat = 104,

    /// <summary>A required property of the focus catalog is missing. No arguments (the path names it).</summary>
    CatalogMissingProperty = 105,

    /// <summary>A value of the focus catalog that must be an array is not. No arguments.</summary>
    CatalogExpectedArray = 106,

    /// <summary>A focus list code given twice. Arguments: the code.</summary>
    CatalogDuplicateListCode = 107,

    /// <summary>A focus entry id given twice. Arguments: the id.</summary>
    CatalogDuplicateId = 108,

    /// <summary>A focus entry's <c>unitKinds</c> is not a non-empty array. No arguments.</summary>
    CatalogExpectedUnitKinds = 109,

    /// <summary>A unit kind the model does not have. Arguments: the value found, as JSON; the known kinds.</summary>
    CatalogUnknownUnitKind = 110,

    /// <summary><c>"*"</c> listed with other kinds. No arguments.</summary>
    CatalogEveryKindAlone = 111,

    /// <summary>An <c>ALL</c> id whose <c>unitKinds</c> is not <c>["*"]</c>. Arguments: the id.</summary>
    CatalogEveryKindIdMismatch = 112,

    /// <summary>A value of the focus catalog that must be a non-empty string is not. Arguments: the value found, as JSON.</summary>
    CatalogExpectedString = 113,

    /// <summary>A property the focus catalog's shape does not have. Arguments: the allowed properties.</summary>
    CatalogUnknownProperty = 114,

    /// <summary>Two focus catalogs give one id different content. Arguments: the id.</summary>
    CatalogConflictingProblem = 115,

    // ---- compliance options: the options file (--options FILE) ----

    /// <summary>The options file's JSON is malformed. No arguments: the place is in <see cref="InputError.Line"/> and <see cref="InputError.Position"/>.</summary>
    OptionsMalformedJson = 201,

    /// <summary>The options file does not hold a JSON object. No arguments.</summary>
    OptionsNotAnObject = 202,

    /// <summary>A property the options do not have. Arguments: the property; the known properties, comma-separated.</summary>
    OptionUnknown = 203,

    /// <summary>An option that takes a whole number holds something else. Arguments: the value found (as JSON, or <c>an array</c>, <c>an object</c>).</summary>
    OptionExpectedInteger = 204,

    /// <summary>An option that takes a number holds something else. Arguments: the value found.</summary>
    OptionExpectedNumber = 205,

    /// <summary>An option that takes a date <c>yyyy-MM-dd</c> holds something else. Arguments: the value found.</summary>
    OptionExpectedDate = 206,

    /// <summary>An option that takes an array of strings holds something else. Arguments: the value found.</summary>
    OptionExpectedStringArray = 207,

    /// <summary>An item of an array of strings is not a string. Arguments: the value found.</summary>
    OptionExpectedString = 208,

    /// <summary>An option value outside its choices (<c>language</c>, <c>engine</c>, a severity). Arguments: the value found; the allowed values, comma-separated.</summary>
    OptionNotAllowedValue = 209,

    /// <summary><c>severityOverrides</c> is not an object of rule id to severity. Arguments: the value found.</summary>
    OptionExpectedSeverityMap = 210,

    // ---- compliance options: the values, from the file or set in code ----

    /// <summary>A count of days or characters below zero. Arguments: the value.</summary>
    OptionNegative = 211,

    /// <summary>An option that must be at least 1 is less. Arguments: the value.</summary>
    OptionLessThanOne = 212,

    /// <summary>An option above its maximum. Arguments: the maximum; the value.</summary>
    OptionAboveMaximum = 213,

    /// <summary>A rate outside 0..1. Arguments: the value.</summary>
    OptionRateOutOfRange = 214,

    /// <summary>An option set to null in code. No arguments.</summary>
    OptionNull = 215,

    /// <summary>An empty stock phrase. No arguments.</summary>
    OptionEmptyStockPhrase = 216,

    /// <summary>A rule id that neither the shipped catalog nor a user rule has. Arguments: the id.</summary>
    OptionUnknownRuleId = 217,

    /// <summary>A severity number that is not a <c>FindingSeverity</c>. Arguments: the number.</summary>
    OptionUnknownSeverity = 218,

    /// <summary>A focus list code not in the focus catalog. Arguments: the code; the known lists, comma-separated.</summary>
    OptionUnknownFocusList = 219,

    /// <summary>A language number that is not a <c>ReportLanguage</c>. Arguments: the number.</summary>
    OptionUnknownLanguage = 220,

    /// <summary>An engine number that is not a <c>RuleEngine</c>. Arguments: the number; the known engines, comma-separated.</summary>
    OptionUnknownEngine = 221,

    /// <summary>An entry of <c>ruleTypes</c> that is not a concrete NRules rule class. Arguments: the type (empty for null).</summary>
    OptionNotARuleClass = 222,

    // ---- compliance options: the user's rule classes (ruleTypes, ruleAssemblies, campaign check --rules) ----

    /// <summary>A rule class without <c>[ComplianceRule]</c> or <c>[ComplianceRulePart]</c>. Arguments: the class.</summary>
    RuleClassNotDeclared = 301,

    /// <summary>A rule class with both <c>[ComplianceRule]</c> and <c>[ComplianceRulePart]</c>. Arguments: the class.</summary>
    RuleClassBothAttributes = 302,

    /// <summary>A <c>[ComplianceRulePart]</c> of a class that declares no rule. Arguments: the class; the class it names.</summary>
    RuleClassPartOfUndeclared = 303,

    /// <summary>A rule id that is empty or holds white space. Arguments: the class; the id.</summary>
    RuleClassInvalidId = 304,

    /// <summary>A text of <c>[ComplianceRule]</c> left empty. Arguments: the class; the attribute property (<c>TitleZh</c> …).</summary>
    RuleClassMissingText = 305,

    /// <summary>An unknown family, severity or scope in <c>[ComplianceRule]</c>. Arguments: the class.</summary>
    RuleClassUnknownEnum = 306,

    /// <summary>A static descriptor whose id is not the declared one. Arguments: the class; the declared id; the member; the descriptor's id; the class's short name.</summary>
    RuleClassDescriptorIdMismatch = 307,

    /// <summary>A user rule with a shipped rule's id. Arguments: the class; the id; the shipped rule's name.</summary>
    RuleClassShippedId = 308,

    /// <summary>Two user rule classes declaring one id. Arguments: the class; the id; the other class.</summary>
    RuleClassDuplicateId = 309,
}
