using System.Globalization;
using System.Reflection;
using System.Text;
using System.Text.RegularExpressions;
using Campaign.Domain.Input;
using Campaign.Domain.Serialization;
using static Campaign.Domain.Tests.Serialization.DatasetDocuments;

namespace Campaign.Domain.Tests.Serialization;

/// <summary>Issue 16: errors in our words (never the JSON reader's), the encodings users save by mistake, the exact
/// count of errors, the length limits, and the Chinese text of every error.</summary>
public sealed partial class DatasetReaderErrorTests
{
    private static readonly CultureInfo Chinese = CultureInfo.GetCultureInfo("zh-CN");

    [Theory]
    [InlineData("", 1, 1)]
    [InlineData("  \n  ", 2, 3)]
    [InlineData("\uFEFF", 1, 1)]
    public void Read_EmptyFile_SaysItIsEmpty(string json, int line, int position)
    {
        var error = SingleError(Encoding.UTF8.GetBytes(json));

        error.Code.Should().Be(InputErrorCode.EmptyDocument);
        (error.Path, error.Line, error.Position).Should().Be(("$", line, position));
        error.Message.Should().Be("the file is empty: a dataset is a JSON object that starts with '{'");
        error.GetMessage(Chinese).Should().Be("文件为空：数据集应是以“{”开头的 JSON 对象");
    }

    [Theory]
    [InlineData(0.5)]
    [InlineData(0.9)]
    [InlineData(0.999)]
    public void Read_TruncatedFile_SaysItWasCutOff(double keep)
    {
        var bytes = Encoding.UTF8.GetBytes(Valid);
        var cut = (int)(bytes.Length * keep);
        while ((bytes[cut] & 0xC0) == 0x80)
        {
            cut--;
        }

        var error = SingleError(bytes[..cut]);

        error.Code.Should().Be(InputErrorCode.Truncated, error.Message);
        error.Line.Should().BeGreaterThan(1);
        error.Position.Should().NotBeNull();
        error.Message.Should().Contain("cut off");
    }

    [Theory]
    [InlineData("\"severity\": \"serious\" }", "\"severity\": \"serious\", }", "}", 17)]
    [InlineData("\"focusLists\": [\"C\", \"WD\"]", "\"focusLists\": [\"C\", \"WD\",]", "]", 3)]
    public void Read_TrailingComma_SaysToRemoveIt(string from, string to, string bracket, int line)
    {
        var error = SingleError(Encoding.UTF8.GetBytes(Change((from, to))));

        error.Code.Should().Be(InputErrorCode.TrailingComma);
        error.Arguments.Should().Equal(bracket);
        error.Line.Should().Be(line);
        error.Message.Should().Be($"a comma before '{bracket}' is not allowed (trailing comma): remove the comma after the last item");
        error.GetMessage(Chinese).Should().Be($"“{bracket}”之前不能有逗号（多余的结尾逗号）：请删除最后一项后面的逗号");
    }

    [Theory]
    [InlineData("\"format\": \"campaign-dataset/1\",", "// a comment\n  \"format\": \"campaign-dataset/1\",", InputErrorCode.Comment)]
    [InlineData("\"name\": \"测试活动\"", "'name': \"测试活动\"", InputErrorCode.SingleQuotes)]
    [InlineData("\"name\": \"测试活动\"", "name: \"测试活动\"", InputErrorCode.ExpectedPropertyName)]
    [InlineData("\"name\": \"测试活动\"", "\"name\" \"测试活动\"", InputErrorCode.ExpectedColon)]
    [InlineData("\"batch\": \"second\",", "\"batch\": \"second\"", InputErrorCode.ExpectedCommaOrEnd)]
    [InlineData("\"satisfiedRate\": 0.9", "\"satisfiedRate\": 09", InputErrorCode.InvalidNumber)]
    [InlineData("\"satisfiedRate\": 0.9", "\"satisfiedRate\": ninety", InputErrorCode.InvalidLiteral)]
    [InlineData("\"text\": \"任务\"", "\"text\": \"任\t务\"", InputErrorCode.InvalidString)]
    [InlineData("\"text\": \"任务\"", "\"text\": \"\\ud800\"", InputErrorCode.InvalidString)]
    [InlineData("\"satisfiedRate\": 0.9", "\"satisfiedRate\": ,", InputErrorCode.ExpectedValue)]
    public void Read_MalformedJson_IsSaidInOurWords(string from, string to, InputErrorCode code)
    {
        var error = SingleError(Encoding.UTF8.GetBytes(Change((from, to))));

        error.Code.Should().Be(code, error.Message);
        error.Line.Should().NotBeNull();
        error.Position.Should().NotBeNull();
        AssertOurWords(error);
    }

    [Fact]
    public void Read_TextAfterTheDocument_SaysADatasetIsOneObject()
    {
        var error = SingleError(Encoding.UTF8.GetBytes(Valid + "\n{}"));

        error.Code.Should().Be(InputErrorCode.TrailingContent);
        error.Arguments.Should().Equal("{");
    }

    [Fact]
    public void Read_ByteOrderMarks_AreAcceptedBeforeTheDocumentAndRefusedInsideIt()
    {
        var bom = new byte[] { 0xEF, 0xBB, 0xBF };
        var valid = Encoding.UTF8.GetBytes(Valid);

        CampaignDatasetReader.Read(new MemoryStream([.. bom, .. valid])).Units.Should().HaveCount(2);
        CampaignDatasetReader.Read(new MemoryStream([.. bom, .. bom, .. valid])).Units.Should().HaveCount(2, "an editor that joins files may leave two");

        var stray = SingleError(Encoding.UTF8.GetBytes(Change(("\"units\": [", "\uFEFF\"units\": ["))));
        stray.Code.Should().Be(InputErrorCode.StrayByteOrderMark);
        stray.Line.Should().Be(4);
        stray.Message.Should().Contain("U+FEFF");
    }

    [Theory]
    [InlineData("utf-16LE-bom", "UTF-16")]
    [InlineData("utf-16BE-bom", "UTF-16")]
    [InlineData("utf-16LE", "UTF-16")]
    [InlineData("utf-16BE", "UTF-16")]
    [InlineData("utf-32LE-bom", "UTF-32")]
    public void Read_WideEncodings_SayToSaveAsUtf8(string encoding, string name)
    {
        var error = SingleError(Encode(Valid, encoding));

        error.Code.Should().Be(InputErrorCode.WideEncoding);
        (error.Line, error.Position).Should().Be((1, 1));
        error.Message.Should().Be($"the file is saved as {name}, not UTF-8: save it as UTF-8");
        error.GetMessage(Chinese).Should().Be($"文件是以 {name} 编码保存的，不是 UTF-8：请另存为 UTF-8 编码");
    }

    [Fact]
    public void Read_ZeroBytesInAUtf8File_AreASyntaxErrorNotAWideEncoding()
    {
        var bytes = Encoding.UTF8.GetBytes(Valid);
        bytes.AsSpan(3, 6).Clear();

        var error = SingleError(bytes);

        error.Code.Should().Be(InputErrorCode.ExpectedPropertyName);
        error.Line.Should().Be(2);
        error.Message.Should().Be("expected a property name in double quotes, found 'U+0000'");
    }

    [Fact]
    public void Read_Gbk_NamesTheBytesAndSaysToSaveAsUtf8()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var error = SingleError(Encoding.GetEncoding(936).GetBytes(Valid));

        error.Code.Should().Be(InputErrorCode.NotUtf8);
        error.Arguments.Should().Equal("0xB2 0xE2", "GBK"); // 测 in GBK
        (error.Line, error.Position).Should().Be((3, "  \"campaign\": { \"name\": \"".Length + 1));
        error.Message.Should().Contain("GBK").And.EndWith("save it as UTF-8");
        error.GetMessage(Chinese).Should().Contain("GBK").And.EndWith("请另存为 UTF-8 编码");
    }

    [Fact]
    public void Read_Latin1_NamesTheByteAndSaysToSaveAsUtf8()
    {
        var json = Valid.Replace("测试活动", "Café Müller", StringComparison.Ordinal);
        var error = SingleError(Encoding.Latin1.GetBytes(json));

        error.Code.Should().Be(InputErrorCode.NotUtf8);
        error.Arguments.Should().Equal("0xE9", "Latin-1");
        (error.Line, error.Position).Should().Be((3, "  \"campaign\": { \"name\": \"Caf".Length + 1));
        error.Message.Should().Contain("Latin-1").And.EndWith("save it as UTF-8");
    }

    [Fact]
    public void Read_ManyErrors_CountsThemAllAndListsTheFirstThousand()
    {
        var people = new StringBuilder();
        for (var i = 0; i < 5000; i++)
        {
            people.Append(i == 0 ? string.Empty : ",\n").Append("    { \"id\": \"X-").Append(i).Append("\", \"name\": \"王\", \"unitId\": \"U-1\", \"role\": \"nobody\" }");
        }

        var json = Change(("{ \"id\": \"P-2\", \"name\": \"李\", \"unitId\": \"U-2\", \"role\": \"member\" }", "{ \"id\": \"P-2\", \"name\": \"李\", \"unitId\": \"U-2\", \"role\": \"member\" },\n" + people));

        var exception = FluentActions.Invoking(() => Read(json)).Should().Throw<DatasetValidationException>().Which;

        exception.ErrorCount.Should().Be(5000);
        exception.Errors.Should().HaveCount(DatasetReadOptions.DefaultMaxErrors);
        exception.Message.Should().StartWith("The campaign dataset is invalid (5,000 errors; the first 1,000 are listed):\n");
        exception.GetSummary(Chinese).Should().Be("数据集无效：共 5,000 处错误（列出前 1,000 处）。");
        exception.GetSummary(CultureInfo.InvariantCulture).Should().Be("The campaign dataset is invalid (5,000 errors; the first 1,000 are listed).");
    }

    public static TheoryData<string, string, string, string, int> TextFields => new()
    {
        { "\"name\": \"测试活动\"", "测试活动", "name", "$.campaign.name", DatasetLimits.MaxNameLength },
        { "\"name\": \"区委\"", "区委", "name", "$.units[0].name", DatasetLimits.MaxNameLength },
        { "\"name\": \"王\"", "王", "name", "$.people[0].name", DatasetLimits.MaxNameLength },
        { "\"channel\": \"forum\"", "forum", "channel", "$.opinions[0].channel", DatasetLimits.MaxChannelLength },
        { "\"text\": \"会多\", \"receivedOn\"", "会多", "text", "$.opinions[0].text", DatasetLimits.MaxTextLength },
        { "\"text\": \"任务\"", "任务", "text", "$.problems[1].text", DatasetLimits.MaxTextLength },
        { "\"measure\": \"精简\"", "精简", "measure", "$.rectifications[0].measure", DatasetLimits.MaxTextLength },
        { "\"reference\": \"1号\"", "1号", "reference", "$.rectifications[0].evidence[0].reference", DatasetLimits.MaxReferenceLength },
        { "\"id\": \"U-1\"", "U-1", "id", "$.units[0].id", DatasetLimits.MaxIdLength },
        { "\"parentId\": \"U-1\"", "U-1", "parentId", "$.units[1].parentId", DatasetLimits.MaxIdLength },
        { "\"firstSecretaryId\": \"P-2\"", "P-2", "firstSecretaryId", "$.units[1].weakLax.firstSecretaryId", DatasetLimits.MaxIdLength },
        { "\"id\": \"O-1\"", "O-1", "id", "$.opinions[0].id", DatasetLimits.MaxIdLength },
        { "\"claimedById\": \"P-1\"", "P-1", "claimedById", "$.opinions[0].claimedById", DatasetLimits.MaxIdLength },
        { "\"focusId\": \"FP.C.CTY.02\"", "FP.C.CTY.02", "focusId", "$.problems[0].focusId", DatasetLimits.MaxIdLength },
        { "\"opinionIds\": [\"O-1\"]", "O-1", "opinionIds", "$.problems[0].opinionIds[0]", DatasetLimits.MaxIdLength },
        { "\"personId\": \"P-1\"", "P-1", "personId", "$.problems[1].owner.personId", DatasetLimits.MaxIdLength },
        { "\"problemIds\": [\"PR-2\"]", "PR-2", "problemIds", "$.rectifications[1].problemIds[0]", DatasetLimits.MaxIdLength },
        { "\"focusLists\": [\"C\", \"WD\"]", "C", "focusLists", "$.campaign.focusLists[0]", DatasetLimits.MaxIdLength },
    };

    [Theory]
    [MemberData(nameof(TextFields))]
    public void Read_TextAtItsLimit_IsAcceptedAndOneCharacterMoreIsRefused(string property, string value, string leaf, string path, int limit)
    {
        string With(string text) => Change((property, property.Replace("\"" + value + "\"", "\"" + text + "\"", StringComparison.Ordinal)));

        // Chinese characters take three bytes each: the limit counts characters, not bytes.
        var refused = ErrorsOf(With(new string('长', limit + 1)));
        refused.Should().ContainSingle(e => e.Code == InputErrorCode.TooLong, string.Join("\n", refused))
            .Which.Should().BeEquivalentTo(new { Path = path, Arguments = new[] { leaf, limit.ToString("N0", CultureInfo.InvariantCulture) } });

        if (leaf is "name" or "channel" or "text" or "measure" or "reference")
        {
            // At the limit exactly, escaped (six bytes a character, so the byte length alone does not settle it): accepted.
            Read(With(string.Concat(Enumerable.Repeat("\\u957f", limit)))).Should().NotBeNull();
        }
    }

    [Fact]
    public void Read_TooLongText_IsNotDecoded()
    {
        var json = Change(("\"measure\": \"精简\"", "\"measure\": \"" + new string('x', 300_000) + "\""));
        var bytes = Encoding.UTF8.GetBytes(json);
        _ = ErrorsOf(json);

        var before = GC.GetAllocatedBytesForCurrentThread();
        var errors = ErrorsOfBytes(bytes);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        errors.Should().ContainSingle().Which.Code.Should().Be(InputErrorCode.TooLong);
        allocated.Should().BeLessThan(200_000, "a 300,000-character string would take 600,000 bytes");
    }

    [Fact]
    public void Read_ValueLargerThanTheReaderHolds_IsRefusedAtItsLine()
    {
        var json = Change(("\"measure\": \"精简\"", "\"measure\": \"" + new string('x', 3 * 1024 * 1024) + "\""));

        var error = SingleError(Encoding.UTF8.GetBytes(json), 4096);

        error.Code.Should().Be(InputErrorCode.ValueTooLarge);
        error.Line.Should().Be(20);
        error.Message.Should().Be("a single value is more than 1,048,576 bytes long, far beyond the longest text allowed (10,000 characters)");
    }

    public static TheoryData<string> Damage => new()
    {
        "{", "[", "{\"format\"", "{\"format\":", "{\"format\": \"campaign-dataset/1\"", "{\"a\":1,}", "[1,2,]", "{\"a\" 1}", "{\"a\":1 \"b\":2}",
        "{\"a\":tru}", "{\"a\":1.}", "{\"a\":-}", "{\"a\":\"x", "{\"a\":\"\\q\"}", "{\"a\":1}}", "{/*x*/}", "{,}", "{\"a\":[1 2]}", "nul", "\"x\"x",
    };

    [Theory]
    [MemberData(nameof(Damage))]
    public void Read_AnySyntaxError_IsOneErrorInOurWordsWithLineAndPosition(string json)
    {
        var error = SingleError(Encoding.UTF8.GetBytes(json));

        error.Path.Should().Be("$");
        error.Line.Should().Be(1);
        error.Position.Should().NotBeNull();
        error.Code.Should().NotBe(InputErrorCode.Custom);
        AssertOurWords(error);
    }

    [Fact]
    public void EveryErrorCode_HasAChineseMessageWithoutUntranslatedEnglish()
    {
        var allowed = FormatWords();

        // The dataset's codes are 1–60; the focus catalog's and the options' have tests of their own (InputErrorTests covers all).
        foreach (var code in Enum.GetValues<InputErrorCode>().Where(c => c != InputErrorCode.Custom && (int)c < 100))
        {
            foreach (var arguments in SampleArguments(code))
            {
                var error = new InputError("$.units[0].name", 3, null, code, arguments);
                var zh = error.GetMessage(Chinese);
                var english = error.GetMessage(CultureInfo.GetCultureInfo("en-GB"));

                english.Should().Be(error.Message);
                zh.Should().NotBe(english);
                var rest = zh;
                foreach (var argument in arguments.Where(a => a.StartsWith("ARG", StringComparison.Ordinal)))
                {
                    rest = rest.Replace(argument, " ", StringComparison.Ordinal);
                }

                foreach (Match word in Word().Matches(rest))
                {
                    allowed.Should().Contain(word.Value, $"'{word.Value}' in the Chinese message of {code}: {zh}");
                }

                // Full-width punctuation: no ASCII comma, semicolon, colon or parenthesis outside quoted syntax (“,”) and the { … } shapes.
                Unquoted(rest).Should().NotContainAny([",", ";", ":", "(", ")"], $"the Chinese message of {code} uses full-width punctuation: {zh}");
                error.ToString(Chinese).Should().Be("$.units[0].name（第 3 行）：" + zh);
            }
        }
    }

    [Fact]
    public void CustomMessage_IsTheSameInEveryLanguage()
    {
        var error = new InputError("$", null, null, "as written");

        error.Code.Should().Be(InputErrorCode.Custom);
        error.GetMessage(Chinese).Should().Be("as written");
        error.ToString(Chinese).Should().Be("$：as written");
    }

    [Fact]
    public void ReadErrors_InChinese_NameThePathAndLine()
    {
        var errors = ErrorsOf(Change(("\"role\": \"member\"", "\"role\": \"nobody\""), ("\"end\": \"2014-09-30\"", "\"end\": \"2014-02-30\"")));

        errors.Select(e => e.ToString(Chinese)).Should().Equal(
            "$.campaign.end（第 3 行）：“2014-02-30”不是实际存在的日期",
            "$.people[1].role（第 10 行）：不允许的值“nobody”；应为下列值之一：principalLeader、teamMember、member");
    }

    private static IEnumerable<string[]> SampleArguments(InputErrorCode code) => code switch
    {
        InputErrorCode.WrongType => from expected in new[] { "object", "string", "id", "date", "enum", "format", "array", "idArray", "codeArray", "enumArray", "evidenceArray", "periodObject", "ownerObject", "evidenceObject", "evaluationObject", "boolean", "integer", "number" }
                                    from found in new[] { "string", "number", "boolean", "null", "object", "array" }
                                    select new[] { expected, found, "ARG2" },
        InputErrorCode.NotUtf8 => [["ARG0", "GBK"], ["ARG0", "Latin-1"], ["ARG0", string.Empty]],
        InputErrorCode.DanglingReference => new[] { "unit", "person", "opinion", "problem", "rectification" }.Select(kind => new[] { kind, "ARG1" }),
        InputErrorCode.WideEncoding => [["UTF-16"], ["UTF-32"]],
        _ => [["ARG0", "ARG1", "ARG2"]],
    };

    /// <summary>The words a Chinese message may keep: the format's property names and enum values (from the reader), and
    /// the names of formats, encodings and JSON literals.</summary>
    internal static HashSet<string> FormatWords()
    {
        var words = new HashSet<string>(StringComparer.Ordinal)
        {
            "JSON", "UTF", "GBK", "GB2312", "GB18030", "Latin", "Windows", "U", "FEFF", "yyyy", "MM", "dd", "true", "false", "null", "t", "n",

            // A ledger workbook's: the programs and file type a clerk knows, the command that writes the template, column A.
            "Excel", "WPS", "xlsx", "campaign", "template", "A",
        };
        foreach (var field in typeof(DatasetParser).GetFields(BindingFlags.NonPublic | BindingFlags.Static).Where(f => f.IsLiteral && f.Name.EndsWith("Properties", StringComparison.Ordinal)))
        {
            words.UnionWith(((string)field.GetRawConstantValue()!).Split(", "));
        }

        foreach (var field in typeof(DatasetEnums).GetFields(BindingFlags.Public | BindingFlags.Static))
        {
            words.UnionWith((string[])field.FieldType.GetProperty("Names")!.GetValue(field.GetValue(null))!);
        }

        return words;
    }

    private static string Unquoted(string text) => Regex.Replace(Regex.Replace(text, "“[^”]*”", " "), "\\{[^}]*\\}|\\[[^\\]]*\\]", " ");

    private static void AssertOurWords(InputError error)
    {
        error.Message.Should().NotContainAny("isFinalBlock", "reader options", "Exception", "LineNumber", "BytePositionInLine", "JsonTokenType", "malformed JSON:");
        error.GetMessage(Chinese).Should().NotBe(error.Message);
    }

    private static InputError SingleError(byte[] bytes, int bufferSize = DatasetParser.DefaultBufferSize)
    {
        var errors = ErrorsOfBytes(bytes, bufferSize);
        errors.Should().ContainSingle(string.Join("\n", errors));
        return errors[0];
    }

    private static IReadOnlyList<InputError> ErrorsOfBytes(byte[] bytes, int bufferSize = DatasetParser.DefaultBufferSize)
    {
        try
        {
            CampaignDatasetReader.Read(new MemoryStream(bytes), DatasetReadOptions.Default, bufferSize);
        }
        catch (DatasetValidationException e)
        {
            return e.Errors;
        }

        throw new InvalidOperationException("The document was read without an error.");
    }

    private static byte[] Encode(string text, string encoding) => encoding switch
    {
        "utf-16LE-bom" => [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(text)],
        "utf-16BE-bom" => [.. Encoding.BigEndianUnicode.GetPreamble(), .. Encoding.BigEndianUnicode.GetBytes(text)],
        "utf-16LE" => Encoding.Unicode.GetBytes(text),
        "utf-16BE" => Encoding.BigEndianUnicode.GetBytes(text),
        _ => [.. Encoding.UTF32.GetPreamble(), .. Encoding.UTF32.GetBytes(text)],
    };

    [GeneratedRegex("[A-Za-z][A-Za-z0-9]*")]
    private static partial Regex Word();
}
