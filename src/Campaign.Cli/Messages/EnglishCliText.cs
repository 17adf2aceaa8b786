using System.Data.Common;
using System.Globalization;
using Campaign.Compliance.Findings;

namespace Campaign.Cli.Messages;

/// <summary>The command line's messages in English.</summary>
internal sealed class EnglishCliText : CliText
{
    public override ReportLanguage Language => ReportLanguage.En;

    public override string Prefix => "campaign: ";

    public override string Warning => "warning: ";

    public override string Colon => ": ";

    public override string ClauseSeparator => "; ";

    public override string ListSeparator => ", ";

    public override string Quote(string name) => "'" + name + "'";

    public override string SeeHelp(string command) => $"Run '{command} --help' for its usage.";

    public override string InternalError(string type, string message, bool verbose) =>
        verbose ? $"internal error ({type}): {message}" : $"internal error ({type}): {message} (run with --verbose for details)";

    public override string RuleOptionsInvalid => "the rule options are invalid:";

    public override string FocusCatalogInvalid => "the focus catalog is invalid:";

    public override string SampleName => "<sample: Weidu district 2014>";

    public override string TheDataset => "the dataset";

    public override string PollIntervalOutOfRange => "--poll-interval: give milliseconds between 10 and 3600000.";

    public override string UntilIdleNegative => "--until-idle: give a number of seconds, 0 or more.";

    public override string MaxChangesBelowOne => "--max-changes: give a number of changes, 1 or more.";

    public override string NotADate(string token) => $"--as-of: '{token}' is not a calendar date in the form yyyy-MM-dd (e.g. 2014-07-15).";

    public override string StandardInputName => "<stdin>";

    public override string Reading(string name) => "reading " + name;

    public override string DatasetInvalid(string name, int errors, int listed) => listed < errors
        ? Invariant($"the dataset '{name}' is invalid ({errors:N0} errors; the first {listed:N0} are listed):")
        : $"the dataset '{name}' is invalid ({Count(errors, "error", "errors")}):";

    public override string Location(int? line, int? position) => (line, position) switch
    {
        ({ } l, { } p) => Invariant($" (line {l}, position {p})"),
        ({ } l, null) => Invariant($" (line {l})"),
        _ => string.Empty,
    };

    public override string NoSuchFile(string name) => $"cannot read '{name}': no such file.";

    public override string CannotRead(string name, string reason) => $"cannot read '{name}': {reason}";

    public override string IsAFolder(string name) => $"cannot read '{name}': it is a folder, not a dataset file.";

    public override string UnknownOption(string token) => $"unknown option '{token}'; run 'campaign --help' for the commands and options.";

    public override string PathAndDb(string path) => $"give either a dataset PATH or --db, not both ('{path}' and --db).";

    public override string NoSuchStore(string db) => $"--db: cannot read '{db}': no such store file (campaign import FILE --db {db} creates it).";

    public override string SqliteStore => "SQLite store";

    public override string PostgresStore(string database, string host) => $"PostgreSQL database '{database}' on {host}";

    public override string StoreFailed(string name, string message) => $"cannot use the store {name}: {message}";

    public override string StoreEmpty(string name) => $"{name}: the store holds no dataset: import one first (campaign import FILE --db …).";

    public override string StoreHoldsDataset(string name) => $"{name}: the store already holds a dataset; import with --replace to overwrite it.";

    public override string DatabaseReason(DbException error) => SystemReason(error);

    public override string Importing(string store) => "importing into " + store;

    public override string Imported(string name, string store, string counts) => $"imported {name} into {store}: {counts}";

    public override string ImportedIn(long milliseconds) => Invariant($"imported in {milliseconds} ms");

    public override string Generating(string preset) => "generating " + preset;

    public override string Writing => "writing";

    public override string Generated(int problems, int rectifications, int opinions, long milliseconds) =>
        Invariant($"generated {problems} problems, {rectifications} rectifications, {opinions} opinions in {milliseconds} ms");

    public override string Valid(string name, string counts) => $"valid: {name}: {counts}";

    public override string Counts(int units, int people, int opinions, int problems, int rectifications) =>
        Invariant($"{units} units, {people} people, {opinions} opinions, {problems} problems, {rectifications} rectifications");

    public override string Checking => "checking";

    public override string WritingReport => "writing report";

    public override string ReadIn(string name, long milliseconds, string gc) => Invariant($"read {name} in {milliseconds} ms{gc}");

    public override string CheckedIn(DateOnly asOf, string engine, long milliseconds, int findings, string gc) =>
        Invariant($"checked as of {asOf:yyyy-MM-dd} on the {engine} engine in {milliseconds} ms: {findings} findings{gc}");

    public override string WroteIn(string format, long milliseconds, string gc) => Invariant($"wrote the {format} report in {milliseconds} ms{gc}");

    public override string GcNote(int gen0, int gen1, int gen2, double pausedMilliseconds) =>
        Invariant($" (GC: {gen0}/{gen1}/{gen2} collections of generation 0/1/2, {pausedMilliseconds:0} ms paused)");

    public override string RuleFailed(string rule, string phase, string message) =>
        $"the rule {rule} failed ({phase}: {message}); its findings may be missing.";

    public override string OptionsFileInvalid(string path) => $"the options file '{path}' is invalid:";

    public override string OptionsFileMissing(string path) => $"--options: cannot read '{path}': no such file.";

    public override string OptionsFileUnreadable(string path, string reason) => $"--options: cannot read '{path}': {reason}";

    public override string UnknownFocusLists(IReadOnlyList<string> unknown, IEnumerable<string> known) =>
        $"--focus: unknown focus list{(unknown.Count > 1 ? "s" : string.Empty)} {QuoteAll(unknown)}; known lists: {string.Join(", ", known)}.";

    public override string UnknownDisabledRules(IReadOnlyList<string> unknown) =>
        $"--disable: unknown rule id{(unknown.Count > 1 ? "s" : string.Empty)} {QuoteAll(unknown)}; 'campaign rules' lists the ids.";

    public override string AsOfToday(DateOnly today) =>
        Invariant($"the dataset has no campaign.asOf and no --as-of was given: checking as of today, {today:yyyy-MM-dd}.");

    public override string AsOfOutsideCampaign(DateOnly asOf, AsOfSource source, DateOnly start, DateOnly end)
    {
        var what = source switch
        {
            AsOfSource.Option => Invariant($"--as-of {asOf:yyyy-MM-dd}"),
            AsOfSource.Dataset => Invariant($"the dataset's campaign.asOf, {asOf:yyyy-MM-dd},"),
            _ => Invariant($"today's date, {asOf:yyyy-MM-dd} (the dataset has no campaign.asOf),"),
        };
        var side = asOf < start ? Invariant($"before the campaign's start ({start:yyyy-MM-dd})") : Invariant($"after the campaign's end ({end:yyyy-MM-dd})");
        var fix = source == AsOfSource.Option ? "give a date within the campaign" : "give --as-of with a date within the campaign";
        return $"{what} is {side}, so deadlines would be judged on a day the campaign was not running; {fix}, or add --force-as-of to check as of it anyway.";
    }

    public override string FailOnReached(int count, FindingSeverity level, string where) =>
        $"{Count(count, "finding", "findings")} at or above {ComplianceTerms.Name(level, ReportLanguage.En)} (--fail-on {ComplianceTerms.Name(level, ReportLanguage.En)}): exit code 1; the report is in {where}.";

    public override string FailOnNotReached(FindingSeverity level, string where) =>
        $"no finding at or above {ComplianceTerms.Name(level, ReportLanguage.En)} (--fail-on {ComplianceTerms.Name(level, ReportLanguage.En)}); the report is in {where}.";

    public override string WorkbookNeedsOutput => "--format xlsx writes a binary Excel workbook: give the file with --output, e.g. --output report.xlsx.";

    public override string MonitorFollowing(string store, long sequence, int findings, DateOnly asOf) =>
        string.Create(CultureInfo.InvariantCulture, $"following {store} from change #{sequence}: {findings} finding(s) as of {asOf:yyyy-MM-dd}; Ctrl+C stops.");

    public override string MonitorChange(long sequence, string recordType, string recordId, string change, int added, int removed) =>
        change == "DatasetImported"
            ? string.Create(CultureInfo.InvariantCulture, $"#{sequence} dataset imported: +{added} -{removed} finding(s)")
            : string.Create(CultureInfo.InvariantCulture, $"#{sequence} {recordType} {recordId} {change}: +{added} -{removed} finding(s)");

    public override string StandardOutput => "standard output";

    public override string UnknownUnit(string unitId, IReadOnlyList<string> near) =>
        $"--unit: no unit has the id '{unitId}'" + (near.Count > 0 ? $"; near ids: {string.Join(", ", near)}." : ".");

    public override string UnknownRuleOrFamily(string token, IReadOnlyList<string> near, IEnumerable<string> families) =>
        $"--rule: '{token}' is neither a rule id nor a rule family" + (near.Count > 0 ? $"; near ids: {string.Join(", ", near)}" : string.Empty)
        + $"; families: {string.Join(", ", families)}; 'campaign rules' lists the ids.";

    public override string Narrowed(int shown, int total, string description) =>
        Invariant($"narrowed to {description}: {shown} of {total} findings.");

    public override string NarrowUnit(string unitId, int units) =>
        units == 1 ? $"unit {unitId}" : Invariant($"unit {unitId} and the {units - 1} below it");

    public override string NarrowSeverity(FindingSeverity severity) => $"severity {ComplianceTerms.Name(severity, ReportLanguage.En)} and above";

    public override string NarrowRules(IEnumerable<string> rules) => "rules " + string.Join(", ", rules);

    public override string RulesFileMissing(string path) => $"--rules: cannot read '{path}': no such file.";

    public override string RulesFileNotAssembly(string path) => $"--rules: '{path}' is not a .NET assembly (a .dll built from C# or another .NET language).";

    public override string RulesFileUnloadable(string path, string reason) => $"--rules: cannot load '{path}': {reason}";

    public override string RulesFileEmpty(string path) =>
        $"--rules: '{path}' holds no rule classes (classes deriving from NRules.Fluent.Dsl.Rule, declared with [ComplianceRule]); see docs/rules.md, \"Adding your own rules\".";

    public override string UserRulesInvalid => "the user rules are invalid:";

    public override string UserRuleNotCompiled(string message) => "a user rule cannot be compiled: " + message;

    public override string UnknownRule(string id, IReadOnlyList<string> near) =>
        $"no rule has the id '{id}'" + (near.Count > 0 ? $"; near ids: {string.Join(", ", near)}" : string.Empty) + "; 'campaign rules' lists every rule.";

    public override string ColumnId => "id";

    public override string ColumnTitle => "title";

    public override string ColumnFamily => "family";

    public override string ColumnSeverity => "severity";

    public override string ColumnScope => "scope";

    public override string LabelName => "name";

    public override string LabelDefaultSeverity => "default severity";

    public override string LabelFlags => "flags";

    public override string SeverityWithDefault(string effective, string defaultSeverity) => $"{effective} (default: {defaultSeverity})";

    public override string LabelSource => "source";

    public override string LabelOptions => "options";

    public override string LabelEnabled => "enabled";

    public override string Yes => "yes";

    public override string NoDisabled => "no (disabled by the options)";

    public override string NoOptions => "none";

    public override string UserRule => "user rule";

    public override string DeadlineDefault(int month, int day) =>
        Invariant($"(not set: {day} {CultureInfo.InvariantCulture.DateTimeFormat.GetMonthName(month)} of the campaign year)");

    public override string FocusListsDefault => "(not set: the dataset's campaign.focusLists, else C)";

    public override string PhraseCount(int count) => Invariant($"{count} phrases");

    public override string RuleCatalogTitle => "Rule catalog";

    public override string ConvertOutputUnknown(string output) =>
        $"cannot tell the output format of '{output}': name it .xlsx for a ledger workbook or .json for campaign-dataset/1 JSON.";

    public override string WritingFile(string output) => "writing " + output;

    public override string CannotWrite(string output, string reason) => $"cannot write '{output}': {reason}";

    public override string SystemReason(Exception error) => string.Join(' ', error.Message.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries)).Trim();

    public override string FolderMissing(string folder) => $"the folder '{folder}' does not exist.";

    public override string OutputIsAFolder => "it is a folder.";

    public override string Converted(string name, string output, string counts) => $"converted {name} to {output}: {counts}";

    public override string TemplateNotWorkbook(string output) =>
        $"cannot write '{output}': the template is an Excel workbook; name the file .xlsx (e.g. 台账.xlsx).";

    public override string WroteTemplate(string output) => $"wrote the ledger template {output}";

    private static string Count(int count, string one, string many) =>
        count == 1 ? "1 " + one : count.ToString(CultureInfo.InvariantCulture) + " " + many;

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
