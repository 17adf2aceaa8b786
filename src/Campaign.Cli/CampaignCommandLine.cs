using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using Campaign.Cli.Commands;

namespace Campaign.Cli;

/// <summary>
/// The commands and options of the tool (cli.md), on System.CommandLine: <c>check [PATH]</c>,
/// <c>validate PATH</c>, <c>rules</c>, <c>generate</c>, and the global <c>--lang</c>, <c>--quiet</c>,
/// <c>--verbose</c>. Built fresh for every run so runs never share state.
/// </summary>
internal sealed class CampaignCommandLine
{
    public static readonly string[] Formats = ["table", "json", "markdown", "csv", "html", "xlsx"];
    public static readonly string[] Languages = ["en", "zh"];
    public static readonly string[] FailOnLevels = ["none", "low", "medium", "high"];
    public static readonly string[] Engines = ["indexed", "nrules"];
    public static readonly string[] Presets = ["district", "county", "province"];
    public static readonly string[] Severities = ["low", "medium", "high"];
    public static readonly string[] RuleFormats = ["table", "json", "markdown"];

    private readonly CliConsole _console;

    public CampaignCommandLine(CliConsole console)
    {
        _console = console;
        Language = new Option<string?>("--lang")
        {
            Description = "Language of the report and of every message (help stays English): en or zh. Default: the first of LC_ALL, LC_MESSAGES, LANG that is set, else the UI culture (zh* gives zh, anything else en).",
            HelpName = "en|zh",
            Recursive = true,
        };
        Language.AcceptOnlyFromAmong(Languages);
        Quiet = new Option<bool>("--quiet", "-q") { Description = "Show no progress, warnings or notes on standard error (the --fail-on line stays).", Recursive = true };
        Verbose = new Option<bool>("--verbose", "-v") { Description = "Show details (timings; the stack trace of an internal error).", Recursive = true };

        CheckPath = new Argument<string?>("PATH")
        {
            Description = "The dataset: campaign-dataset/1 JSON or a ledger workbook (.xlsx); '-' reads JSON from standard input; omitted: the sample embedded in the tool (Weidu district, 2014).",
            Arity = ArgumentArity.ZeroOrOne,
        };
        AsOf = new Option<DateOnly?>("--as-of")
        {
            Description = "Evaluation date. Default: the dataset's campaign.asOf, else today's date.",
            HelpName = "yyyy-MM-dd",
            CustomParser = ParseDate,
        };
        ForceAsOf = new Option<bool>("--force-as-of")
        {
            Description = "Check as of a date before the campaign's start or after its end (refused otherwise, exit code 2).",
        };
        Format = new Option<string?>("--format", "-f")
        {
            Description = "Report format. Default: table when standard output is a terminal, json when it is redirected.",
            HelpName = "table|json|markdown|csv|html|xlsx",
        };
        Format.AcceptOnlyFromAmong(Formats);
        Output = new Option<string?>("--output", "-o")
        {
            Description = "Write the report to FILE (atomically: a failure never leaves a half-written file). Default: standard output.",
            HelpName = "FILE",
        };
        FailOn = new Option<string>("--fail-on")
        {
            Description = "Exit with code 1 when a finding at or above this severity exists (among the findings --unit, --severity and --rule keep); says how many on standard error.",
            HelpName = "none|low|medium|high",
            DefaultValueFactory = _ => "none",
        };
        FailOn.AcceptOnlyFromAmong(FailOnLevels);
        Focus = new Option<string?>("--focus")
        {
            Description = "Focus lists in use for rule MIS-005, comma-separated (C, WD, HN, AH). Default: the dataset's campaign.focusLists, else C.",
            HelpName = "C,WD,...",
        };
        Disable = new Option<string?>("--disable")
        {
            Description = "Rules left out, comma-separated ids (see 'campaign rules'). Default: none.",
            HelpName = "ID,...",
        };
        OptionsFile = new Option<string?>("--options")
        {
            Description = "A JSON file of rule options: thresholds, windows, stock phrases, severity overrides, disabled rules. Default: none (the defaults of rules.md).",
            HelpName = "FILE",
        };

        Engine = new Option<string?>("--engine")
        {
            Description = "The runtime the rules run on: indexed (Campaign.Rules, fast) or nrules (NRules' own, the reference; slow on large datasets). Both give the same report. Default: the options file's engine, else indexed.",
            HelpName = "indexed|nrules",
        };
        Engine.AcceptOnlyFromAmong(Engines);

        Unit = new Option<string?>("--unit")
        {
            Description = "Report only the findings of this unit and of every unit below it (a unit id of the dataset, or its exact name). Default: every unit.",
            HelpName = "ID",
        };
        Severity = new Option<string?>("--severity")
        {
            Description = "Report only the findings at this severity or above. Default: every severity.",
            HelpName = "low|medium|high",
        };
        Severity.AcceptOnlyFromAmong(Severities);
        Rule = new Option<string[]>("--rule")
        {
            Description = "Report only the findings of this rule (an id such as OVD-001, or a family: overdue, superficial, mismatch, incomplete, escalation); repeatable, or comma-separated. Default: every rule.",
            HelpName = "ID|FAMILY",
            DefaultValueFactory = _ => [],
        };
        RuleAssemblies = RulesOption();

        CheckDb = DbOption("Check the dataset kept in this store instead of a file: a SQLite file path, or a PostgreSQL connection string (Host=…;Database=…).");
        var check = new Command("check", "Check a dataset against the rule catalog and write the report.")
        {
            CheckPath, AsOf, ForceAsOf, Format, Output, FailOn, Unit, Severity, Rule, Focus, Disable, OptionsFile, RuleAssemblies, Engine, CheckDb,
        };
        check.SetAction(parse => new CheckCommand(console, this).Run(parse));

        ValidatePath = new Argument<string?>("PATH")
        {
            Description = "The dataset to validate: JSON or a ledger workbook (.xlsx); '-' reads JSON from standard input; omitted: the sample embedded in the tool.",
            Arity = ArgumentArity.ZeroOrOne,
        };
        var validate = new Command("validate", "Read and validate a dataset only: prints 'valid' and its counts, or every error (exit code 2).")
        {
            ValidatePath,
        };
        validate.SetAction(parse => new ValidateCommand(console, this).Run(parse));

        RuleId = new Argument<string?>("ID")
        {
            Description = "Show this rule in full: title, family, severity, scope, what it flags, its source and the options that affect it. Omitted: list every rule.",
            Arity = ArgumentArity.ZeroOrOne,
        };
        RulesFormat = new Option<string>("--format", "-f")
        {
            Description = "Output format.",
            HelpName = "table|json|markdown",
            DefaultValueFactory = _ => "table",
        };
        RulesFormat.AcceptOnlyFromAmong(RuleFormats);
        RulesOptionsFile = new Option<string?>("--options")
        {
            Description = "A JSON file of rule options (as for check): the severities and option values shown are the ones it sets. Default: none (the defaults).",
            HelpName = "FILE",
        };
        RulesAssemblies = RulesOption();
        var rules = new Command("rules", "List the rule catalog (id, family, default severity, scope, title), or show one rule in full.")
        {
            RuleId, RulesFormat, RulesOptionsFile, RulesAssemblies,
        };
        rules.SetAction(parse => new RulesCommand(console, this).Run(parse));

        Preset = new Option<string>("--preset")
        {
            Description = "Size of the synthetic dataset: district (a few hundred records), county (tens of thousands), province (Sichuan/Anhui scale, about 600,000 problems).",
            HelpName = "district|county|province",
            Required = true,
        };
        Preset.AcceptOnlyFromAmong(Presets);
        Seed = new Option<int>("--seed")
        {
            Description = "Seed of the generator: the same preset and seed always give the same bytes.",
            HelpName = "N",
            DefaultValueFactory = _ => 1,
        };
        GenerateOutput = new Option<string?>("--output", "-o")
        {
            Description = "Write the dataset to FILE (atomically). Default: standard output.",
            HelpName = "FILE",
        };
        var generate = new Command("generate", "Write a valid, realistic synthetic dataset (campaign-dataset/1).")
        {
            Preset, Seed, GenerateOutput,
        };
        generate.SetAction(parse => new GenerateCommand(console, this).Run(parse));

        ImportPath = new Argument<string>("FILE") { Description = "The dataset to import (campaign-dataset/1 JSON); '-' reads standard input." };
        ImportDb = DbOption("The store: a SQLite file path (created when missing), or a PostgreSQL connection string (Host=…;Database=…).", required: true);
        Replace = new Option<bool>("--replace") { Description = "Replace the dataset the store already holds. Default: a store that holds one is refused." };
        var import = new Command("import", "Import a dataset into a store (SQLite or PostgreSQL): validated first, then written in one transaction; an invalid file leaves the store unchanged.")
        {
            ImportPath, ImportDb, Replace,
        };
        import.SetAction(parse => new ImportCommand(console, this).Run(parse));

        ExportDb = DbOption("The store: a SQLite file path, or a PostgreSQL connection string (Host=…;Database=…).", required: true);
        ExportOutput = new Option<string?>("--output", "-o")
        {
            Description = "Write the dataset to FILE (atomically). Default: standard output.",
            HelpName = "FILE",
        };
        var export = new Command("export", "Write the dataset a store holds as campaign-dataset/1 JSON.")
        {
            ExportDb, ExportOutput,
        };
        export.SetAction(parse => new ExportCommand(console, this).Run(parse));

        TemplateOutput = new Option<string>("--output", "-o")
        {
            Description = "Write the empty ledger workbook to FILE.xlsx (atomically).",
            HelpName = "FILE.xlsx",
            Required = true,
        };
        var template = new Command("template", "Write the empty ledger workbook (台账): a sheet per record kind with Chinese headers, drop-down lists and an instructions sheet.")
        {
            TemplateOutput,
        };
        template.SetAction(parse => new TemplateCommand(console, this).Run(parse));

        ConvertPath = new Argument<string>("IN") { Description = "The dataset to convert: a ledger workbook (.xlsx) or campaign-dataset/1 JSON; '-' reads JSON from standard input." };
        ConvertOutput = new Option<string>("--output", "-o")
        {
            Description = "Write the dataset to OUT (atomically): OUT.xlsx as a ledger workbook, OUT.json as campaign-dataset/1 JSON.",
            HelpName = "OUT.xlsx|OUT.json",
            Required = true,
        };
        var convert = new Command("convert", "Convert a dataset between a ledger workbook (.xlsx) and campaign-dataset/1 JSON, losslessly; the input is validated first.")
        {
            ConvertPath, ConvertOutput,
        };
        convert.SetAction(parse => new ConvertCommand(console, this).Run(parse));

        MonitorDb = DbOption("The store to follow: a SQLite file path, or a PostgreSQL connection string (Host=…;Database=…).", required: true);
        MonitorAsOf = new Option<DateOnly?>("--as-of")
        {
            Description = "Evaluation date. Default: the stored campaign's asOf, else today's date.",
            HelpName = "yyyy-MM-dd",
            CustomParser = ParseDate,
        };
        MonitorFormat = new Option<string>("--format", "-f")
        {
            Description = "text: a line per change and one per finding added (+) or removed (-); jsonl: one JSON object per change.",
            HelpName = "text|jsonl",
            DefaultValueFactory = _ => "text",
        };
        MonitorFormat.AcceptOnlyFromAmong("text", "jsonl");
        PollInterval = new Option<int>("--poll-interval")
        {
            Description = "Milliseconds between two reads of the store's change log (the feed's latency). Default: 500.",
            HelpName = "MS",
            DefaultValueFactory = _ => 500,
        };
        Refuse(PollInterval, ms => ms is < 10 or > 3_600_000, () => _console.Text.PollIntervalOutOfRange);
        UntilIdle = new Option<double?>("--until-idle")
        {
            Description = "Stop once no change has come for this many seconds. Default: run until Ctrl+C.",
            HelpName = "SECONDS",
        };
        Refuse(UntilIdle, seconds => seconds is < 0, () => _console.Text.UntilIdleNegative);
        MaxChanges = new Option<int?>("--max-changes")
        {
            Description = "Stop after printing this many changes. Default: no limit.",
            HelpName = "N",
        };
        Refuse(MaxChanges, changes => changes is < 1, () => _console.Text.MaxChangesBelowOne);
        var monitor = new Command("monitor", "Follow a store and print the findings every committed change adds and removes, as it happens (edits by any clerk or process), until Ctrl+C.")
        {
            MonitorDb, MonitorAsOf, MonitorFormat, PollInterval, UntilIdle, MaxChanges, Focus, Disable, OptionsFile,
        };
        monitor.SetAction(parse => new MonitorCommand(console, this).Run(parse));

        Root = new RootCommand(
            "campaign: checks a mass-line campaign dataset (units, people, opinions, problems, rectifications) against the compliance rule catalog and reports the findings.\n"
            + "Exit codes: 0 ran; 1 findings reached --fail-on; 2 invalid input or usage; 3 internal error.")
        {
            check, validate, rules, generate, import, export, template, convert, monitor, Language, Quiet, Verbose,
        };
        Root.Subcommands.Add(SchemaCommand.Create(console, this));
    }

    public RootCommand Root { get; }

    public Option<string?> Language { get; }

    public Option<bool> Quiet { get; }

    public Option<bool> Verbose { get; }

    public Argument<string?> CheckPath { get; }

    public Option<DateOnly?> AsOf { get; }

    public Option<bool> ForceAsOf { get; }

    public Option<string?> Unit { get; }

    public Option<string?> Severity { get; }

    public Option<string[]> Rule { get; }

    public Option<string[]> RuleAssemblies { get; }

    public Argument<string?> RuleId { get; }

    public Option<string> RulesFormat { get; }

    public Option<string?> RulesOptionsFile { get; }

    public Option<string[]> RulesAssemblies { get; }

    public Option<string?> Format { get; }

    public Option<string?> Output { get; }

    public Option<string> FailOn { get; }

    public Option<string?> Focus { get; }

    public Option<string?> Disable { get; }

    public Option<string?> OptionsFile { get; }

    public Option<string?> Engine { get; }

    public Option<string?> CheckDb { get; }

    public Argument<string?> ValidatePath { get; }

    public Argument<string> ImportPath { get; }

    public Option<string?> ImportDb { get; }

    public Option<bool> Replace { get; }

    public Option<string?> ExportDb { get; }

    public Option<string?> ExportOutput { get; }

    public Option<string> Preset { get; }

    public Option<string> TemplateOutput { get; }

    public Argument<string> ConvertPath { get; }

    public Option<string> ConvertOutput { get; }

    public Option<string?> MonitorDb { get; }

    public Option<DateOnly?> MonitorAsOf { get; }

    public Option<string> MonitorFormat { get; }

    public Option<int> PollInterval { get; }

    public Option<double?> UntilIdle { get; }

    public Option<int?> MaxChanges { get; }

    public Option<int> Seed { get; }

    public Option<string?> GenerateOutput { get; }

    /// <summary>Splits a comma-separated option value into its trimmed, non-empty items.</summary>
    public static IReadOnlyList<string> SplitList(string? value) =>
        value is null ? [] : value.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);

    private static Option<string[]> RulesOption() => new("--rules")
    {
        Description = "Load user rule classes (NRules rules declared with [ComplianceRule], docs/rules.md) from this .NET assembly; repeatable. Default: none.",
        HelpName = "PATH.dll",
        DefaultValueFactory = _ => [],
    };

    private static Option<string?> DbOption(string description, bool required = false) =>
        new("--db") { Description = description, HelpName = "PATH|CONNECTION", Required = required };

    // The message is read when the value is checked, once the report language is known.
    private static void Refuse<T>(Option<T> option, Func<T, bool> invalid, Func<string> message) =>
        option.Validators.Add(r =>
        {
            if (invalid(r.GetValueOrDefault<T>()))
            {
                r.AddError(message());
            }
        });

    private DateOnly? ParseDate(ArgumentResult result)
    {
        var token = result.Tokens.Count > 0 ? result.Tokens[0].Value : string.Empty;
        if (DateOnly.TryParseExact(token, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        result.AddError(_console.Text.NotADate(token));
        return null;
    }
}
