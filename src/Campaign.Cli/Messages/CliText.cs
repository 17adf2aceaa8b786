using System.Data.Common;
using Campaign.Compliance.Findings;

namespace Campaign.Cli.Messages;

/// <summary>
/// Every message the command line itself writes (errors, warnings, progress, summaries, the words of <c>validate</c>,
/// <c>rules</c> and <c>--fail-on</c>), one subclass per language, so no message is written anywhere else. Help texts stay
/// English (System.CommandLine's). Chinese messages use full-width punctuation; ids, option names and file names are
/// written as they are.
/// </summary>
internal abstract class CliText
{
    /// <summary>English.</summary>
    public static CliText English { get; } = new EnglishCliText();

    /// <summary>Chinese.</summary>
    public static CliText Chinese { get; } = new ChineseCliText();

    /// <summary>The language of this catalog.</summary>
    public abstract ReportLanguage Language { get; }

    /// <summary>The catalog of a language.</summary>
    public static CliText For(ReportLanguage language) => language == ReportLanguage.Zh ? Chinese : English;

    /// <summary>The start of every line the tool writes to standard error: <c>campaign: </c>.</summary>
    public abstract string Prefix { get; }

    /// <summary>The start of a warning, after <see cref="Prefix"/>.</summary>
    public abstract string Warning { get; }

    /// <summary>The colon between a place and what is wrong there (": " or ：).</summary>
    public abstract string Colon { get; }

    /// <summary>How the clauses of a sentence are joined ("; " or ；).</summary>
    public abstract string ClauseSeparator { get; }

    /// <summary>How the parts of a list are joined (", " or 、).</summary>
    public abstract string ListSeparator { get; }

    /// <summary>A message of System.CommandLine's with the punctuation of this language (its Chinese keeps ASCII colons).</summary>
    public virtual string Punctuate(string message) => message;

    /// <summary>A name in quotes: <c>'x'</c> or “x”.</summary>
    public abstract string Quote(string name);

    /// <summary>A list of quoted names.</summary>
    public string QuoteAll(IEnumerable<string> names) => string.Join(ListSeparator, names.Select(Quote));

    // --- usage and internal errors -----------------------------------------------------------------------------

    public abstract string SeeHelp(string command);

    public abstract string InternalError(string type, string message, bool verbose);

    public abstract string RuleOptionsInvalid { get; }

    public abstract string FocusCatalogInvalid { get; }

    // --- reading datasets and stores ----------------------------------------------------------------------------

    public abstract string SampleName { get; }

    /// <summary>How an unnamed dataset is named in an error ("the dataset").</summary>
    public abstract string TheDataset { get; }

    public abstract string NotADate(string token);

    public abstract string PollIntervalOutOfRange { get; }

    public abstract string UntilIdleNegative { get; }

    public abstract string MaxChangesBelowOne { get; }

    public abstract string StandardInputName { get; }

    public abstract string Reading(string name);

    public abstract string DatasetInvalid(string name, int errors, int listed);

    /// <summary>The culture the library words its messages in for this language (dataset and focus catalog errors).</summary>
    public System.Globalization.CultureInfo Culture => Language == ReportLanguage.Zh
        ? System.Globalization.CultureInfo.GetCultureInfo("zh-CN")
        : System.Globalization.CultureInfo.InvariantCulture;

    /// <summary>Where a dataset error is: <c> (line 3, position 7)</c>; empty when unknown.</summary>
    public abstract string Location(int? line, int? position);

    public abstract string NoSuchFile(string name);

    public abstract string CannotRead(string name, string reason);

    public abstract string IsAFolder(string name);

    public abstract string UnknownOption(string token);

    public abstract string PathAndDb(string path);

    public abstract string NoSuchStore(string db);

    public abstract string SqliteStore { get; }

    public abstract string PostgresStore(string database, string host);

    public abstract string StoreFailed(string name, string message);

    public abstract string StoreEmpty(string name);

    public abstract string StoreHoldsDataset(string name);

    /// <summary>Why the database refused, in the report language.</summary>
    public abstract string DatabaseReason(DbException error);

    public abstract string Importing(string store);

    public abstract string Imported(string name, string store, string counts);

    public abstract string ImportedIn(long milliseconds);

    public abstract string Generating(string preset);

    public abstract string Writing { get; }

    public abstract string Generated(int problems, int rectifications, int opinions, long milliseconds);

    // --- validate -----------------------------------------------------------------------------------------------

    public abstract string Valid(string name, string counts);

    public abstract string Counts(int units, int people, int opinions, int problems, int rectifications);

    // --- check --------------------------------------------------------------------------------------------------

    public abstract string Checking { get; }

    public abstract string WritingReport { get; }

    public abstract string ReadIn(string name, long milliseconds, string gc);

    public abstract string CheckedIn(DateOnly asOf, string engine, long milliseconds, int findings, string gc);

    public abstract string WroteIn(string format, long milliseconds, string gc);

    public abstract string GcNote(int gen0, int gen1, int gen2, double pausedMilliseconds);

    public abstract string RuleFailed(string rule, string phase, string message);

    public abstract string OptionsFileInvalid(string path);

    public abstract string OptionsFileMissing(string path);

    public abstract string OptionsFileUnreadable(string path, string reason);

    public abstract string UnknownFocusLists(IReadOnlyList<string> unknown, IEnumerable<string> known);

    public abstract string UnknownDisabledRules(IReadOnlyList<string> unknown);

    public abstract string AsOfToday(DateOnly today);

    public abstract string AsOfOutsideCampaign(DateOnly asOf, AsOfSource source, DateOnly start, DateOnly end);

    public abstract string FailOnReached(int count, FindingSeverity level, string where);

    public abstract string FailOnNotReached(FindingSeverity level, string where);

    /// <summary>--format xlsx was given without --output.</summary>
    public abstract string WorkbookNeedsOutput { get; }

    /// <summary>What <c>monitor</c> follows, said once on standard error.</summary>
    public abstract string MonitorFollowing(string store, long sequence, int findings, DateOnly asOf);

    /// <summary>The first line of a change in <c>monitor</c>'s text feed.</summary>
    public abstract string MonitorChange(long sequence, string recordType, string recordId, string change, int added, int removed);

    public abstract string StandardOutput { get; }

    // --- narrowing ----------------------------------------------------------------------------------------------

    public abstract string UnknownUnit(string unitId, IReadOnlyList<string> near);

    public abstract string UnknownRuleOrFamily(string token, IReadOnlyList<string> near, IEnumerable<string> families);

    public abstract string Narrowed(int shown, int total, string description);

    public abstract string NarrowUnit(string unitId, int units);

    public abstract string NarrowSeverity(FindingSeverity severity);

    public abstract string NarrowRules(IEnumerable<string> rules);

    // --- user rule assemblies -----------------------------------------------------------------------------------

    public abstract string RulesFileMissing(string path);

    public abstract string RulesFileNotAssembly(string path);

    public abstract string RulesFileUnloadable(string path, string reason);

    public abstract string RulesFileEmpty(string path);

    public abstract string UserRulesInvalid { get; }

    public abstract string UserRuleNotCompiled(string message);

    // --- rules --------------------------------------------------------------------------------------------------

    public abstract string UnknownRule(string id, IReadOnlyList<string> near);

    public abstract string ColumnId { get; }

    public abstract string ColumnTitle { get; }

    public abstract string ColumnFamily { get; }

    public abstract string ColumnSeverity { get; }

    public abstract string ColumnScope { get; }

    public abstract string LabelName { get; }

    public abstract string LabelDefaultSeverity { get; }

    public abstract string LabelFlags { get; }

    public abstract string SeverityWithDefault(string effective, string defaultSeverity);

    public abstract string LabelSource { get; }

    public abstract string LabelOptions { get; }

    public abstract string LabelEnabled { get; }

    public abstract string Yes { get; }

    public abstract string NoDisabled { get; }

    public abstract string NoOptions { get; }

    public abstract string UserRule { get; }

    public abstract string DeadlineDefault(int month, int day);

    public abstract string FocusListsDefault { get; }

    public abstract string PhraseCount(int count);

    public abstract string RuleCatalogTitle { get; }

    // --- convert and template (ledger workbooks) ----------------------------------------------------------------

    public abstract string ConvertOutputUnknown(string output);

    public abstract string WritingFile(string output);

    public abstract string CannotWrite(string output, string reason);

    /// <summary>Why the system refused to read, write or load a file, in the report language.</summary>
    public abstract string SystemReason(Exception error);

    public abstract string FolderMissing(string folder);

    public abstract string OutputIsAFolder { get; }

    public abstract string Converted(string name, string output, string counts);

    public abstract string TemplateNotWorkbook(string output);

    public abstract string WroteTemplate(string output);
}
