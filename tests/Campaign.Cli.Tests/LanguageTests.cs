using System.Globalization;
using Campaign.Cli.Tests.Builders;

namespace Campaign.Cli.Tests;

/// <summary>The language of a run: <c>--lang</c>, else LC_ALL, LC_MESSAGES, LANG (the first set), else the UI culture.</summary>
public sealed class LanguageTests
{
    [Theory]
    [InlineData("en-US", null, null, null, "en")]
    [InlineData("zh-CN", null, null, null, "zh")]
    [InlineData("en-US", null, null, "zh_CN.UTF-8", "zh")]
    [InlineData("zh-CN", null, null, "C.UTF-8", "en")]
    [InlineData("en-US", null, "zh_TW.UTF-8", "en_US.UTF-8", "zh")]
    [InlineData("en-US", "en_GB.UTF-8", "zh_CN.UTF-8", "zh_CN.UTF-8", "en")]
    [InlineData("en-US", "zh_CN.GB18030", null, null, "zh")]
    public void DefaultLanguage_FollowsTheLocaleVariablesThenTheUiCulture(string culture, string? lcAll, string? lcMessages, string? lang, string expected)
    {
        var variables = new Dictionary<string, string>();
        Add("LC_ALL", lcAll);
        Add("LC_MESSAGES", lcMessages);
        Add("LANG", lang);
        var environment = CliEnvironment.Redirected with { UiCulture = new CultureInfo(culture), LocaleVariables = variables };

        var result = CliRunner.RunIn(environment, [], "validate");

        result.ExitCode.Should().Be(0);
        result.Stdout.Should().StartWith(expected == "zh" ? "有效：" : "valid: ");

        void Add(string name, string? value)
        {
            if (value is not null)
            {
                variables[name] = value;
            }
        }
    }

    [Theory]
    [InlineData("en", "valid: ")]
    [InlineData("zh", "有效：")]
    public void LangOption_WinsOverTheEnvironment(string lang, string expected)
    {
        var environment = CliEnvironment.Redirected with
        {
            UiCulture = new CultureInfo(lang == "en" ? "zh-CN" : "en-US"),
            LocaleVariables = new Dictionary<string, string> { ["LANG"] = lang == "en" ? "zh_CN.UTF-8" : "en_US.UTF-8" },
        };

        var result = CliRunner.RunIn(environment, [], "validate", "--lang", lang);

        result.Stdout.Should().StartWith(expected);
    }

    [Fact]
    public void Help_StaysEnglish_InAChineseEnvironment()
    {
        var environment = CliEnvironment.Redirected with { UiCulture = new CultureInfo("zh-CN") };
        var before = CultureInfo.CurrentUICulture;
        CliResult result;
        try
        {
            // As in a process started on a Chinese machine: the thread's UI culture is Chinese too.
            CultureInfo.CurrentUICulture = new CultureInfo("zh-CN");
            result = CliRunner.RunIn(environment, [], "check", "--help");
        }
        finally
        {
            CultureInfo.CurrentUICulture = before;
        }

        result.ExitCode.Should().Be(0);
        result.Stdout.Should().Contain("Usage:").And.Contain("Report only the findings of this unit");
    }
}
