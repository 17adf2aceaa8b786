using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Campaign.Domain.Focus;
using Campaign.Domain.Input;

namespace Campaign.Domain.Tests.Focus;

public sealed partial class FocusCatalogErrorTests
{
    private static readonly CultureInfo Chinese = CultureInfo.GetCultureInfo("zh-CN");

    [Fact]
    public void EveryErrorCode_HasAChineseMessageWithoutUntranslatedEnglish()
    {
        var allowed = new HashSet<string>(StringComparer.Ordinal) { "JSON", "ALL", "unitKinds" };
        // The focus catalog's codes are 101–115.
        var codes = Enum.GetValues<InputErrorCode>().Where(c => (int)c is > 100 and < 200).ToList();
        codes.Should().HaveCount(15);
        foreach (var code in codes)
        {
            var error = new InputError("$.lists[0].entries[1].id", null, null, code, "ARG0", "ARG1");
            var zh = error.GetMessage(Chinese);

            zh.Should().NotBe(error.Message);
            error.GetMessage(CultureInfo.InvariantCulture).Should().Be(error.Message);
            var rest = zh.Replace("ARG0", " ", StringComparison.Ordinal).Replace("ARG1", " ", StringComparison.Ordinal);
            foreach (Match word in Word().Matches(rest))
            {
                allowed.Should().Contain(word.Value, $"the Chinese message of {code}: {zh}");
            }

            rest.Should().NotContainAny([",", ";", ":", "(", ")", "."], $"the Chinese message of {code} uses full-width punctuation: {zh}");
            error.ToString(Chinese).Should().Be("$.lists[0].entries[1].id：" + zh);
        }
    }

    [Fact]
    public void Load_InvalidCatalog_ErrorsRenderInChinese()
    {
        var json = """{ "format": "focus-catalog/1", "lists": [ { "code": "X", "entries": [ { "id": "FP.X.A.01", "unitKinds": ["nobody"], "zh": "甲", "en": "a", "extra": 1 } ] } ] }""";

        var exception = FluentActions.Invoking(() => FocusCatalog.Load(new MemoryStream(Encoding.UTF8.GetBytes(json))))
            .Should().Throw<FocusCatalogException>().Which;

        exception.Errors.Select(e => e.Code).Should().Equal(InputErrorCode.CatalogUnknownProperty, InputErrorCode.CatalogUnknownUnitKind);
        exception.Errors[0].GetMessage(Chinese).Should().Be("未知属性；应为 id、unitKinds、zh、en 之一。");
        exception.Errors[0].Message.Should().Be("Unknown property; expected id, unitKinds, zh, en.");
    }

    [GeneratedRegex("[A-Za-z][A-Za-z0-9]*")]
    private static partial Regex Word();
}
