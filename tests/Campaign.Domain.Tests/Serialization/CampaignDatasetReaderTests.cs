using System.Globalization;
using System.Text;
using Campaign.Domain.Focus;
using Campaign.Domain.Input;
using Campaign.Domain.Problems;
using Campaign.Domain.Rectifications;
using Campaign.Domain.Serialization;
using Campaign.Domain.Units;
using static Campaign.Domain.Tests.Serialization.DatasetDocuments;

namespace Campaign.Domain.Tests.Serialization;

public class CampaignDatasetReaderTests
{
    [Fact]
    public void ReadFile_TheExample_ReadsEveryCollection()
    {
        var dataset = CampaignDatasetReader.ReadFile(ExamplePath);

        dataset.Campaign.Name.Should().Be("魏都区第二批党的群众路线教育实践活动(示例)");
        dataset.Campaign.AsOf.Should().Be(new DateOnly(2014, 7, 15));
        dataset.Campaign.FocusLists.Should().Equal("C", "WD");
        dataset.Units.Should().HaveCount(5);
        dataset.People.Should().HaveCount(6);
        dataset.Opinions.Should().HaveCount(4);
        dataset.Problems.Should().HaveCount(13);
        dataset.Rectifications.Should().HaveCount(9);
    }

    [Fact]
    public void ReadFile_TheExample_KeepsValuesOfEveryKind()
    {
        var dataset = CampaignDatasetReader.ReadFile(ExamplePath);

        var community = dataset.FindUnit("U-BGSQ")!;
        community.Kind.Should().Be(UnitKind.VillageOrCommunity);
        community.ParentId.Should().Be("U-XDJ");
        community.WeakLax!.TeamStaffedOn.Should().Be(new DateOnly(2014, 5, 10));
        community.WeakLax.HasPlan.Should().BeTrue();
        dataset.FindUnit("U-WD")!.Education.Should().Be(new Period(new DateOnly(2014, 3, 10), new DateOnly(2014, 6, 30)));
        var problem = dataset.FindProblem("PR-02")!;
        problem.Owner.Should().Be(ProblemOwner.Individual("P-01"));
        problem.FourWinds.Should().Equal(FourWind.Bureaucratism);
        problem.Severity.Should().Be(ProblemSeverity.Serious);
        var rectification = dataset.FindRectification("R-01")!;
        rectification.Status.Should().Be(RectificationStatus.Completed);
        rectification.Evidence.Should().Equal(new Evidence(EvidenceKind.Document, "魏发〔2014〕15号"));
        rectification.Evaluation.Should().Be(new Evaluation(EvaluatorKind.Masses, new DateOnly(2014, 7, 1), 0.93, 120));
        dataset.FindOpinion("O-04")!.ReportedBackOn.Should().Be(new DateOnly(2014, 6, 30));
    }

    [Fact]
    public void Read_OptionalPropertiesNullOrAbsent_TakeTheirDefaults()
    {
        var json = Change(
            ("\"focusLists\": [\"C\", \"WD\"]", "\"asOf\": null, \"focusLists\": null"),
            ("\"parentId\": \"U-1\",", "\"parentId\": null, \"education\": null,"),
            ("\"severity\": \"serious\"", "\"severity\": null, \"focusId\": null, \"fourWinds\": null, \"opinionIds\": null"),
            ("\"status\": \"inProgress\"", "\"status\": \"inProgress\", \"completedOn\": null, \"evidence\": null, \"evaluation\": null, \"deadline\": null"));

        var dataset = Read(json);

        dataset.Campaign.FocusLists.Should().Equal("C");
        dataset.Campaign.AsOf.Should().BeNull();
        dataset.Units[1].ParentId.Should().BeNull();
        dataset.Problems[1].Severity.Should().Be(ProblemSeverity.Normal);
        dataset.Problems[1].OpinionIds.Should().BeEmpty();
        dataset.Rectifications[1].Evidence.Should().BeEmpty();
        dataset.Rectifications[1].Evaluation.Should().BeNull();
    }

    [Fact]
    public void Read_EscapedTextAndByteOrderMark_AreDecoded()
    {
        var json = "\uFEFF" + Change(("\"text\": \"会多\", \"receivedOn\"", "\"text\": \"\\u4f1a\\\"\\n\\ud83d\\ude00\", \"receivedOn\""));

        var dataset = Read(json);

        dataset.Opinions[0].Text.Should().Be("会\"\n😀");
    }

    [Fact]
    public void Read_MalformedJson_ReportsOnlyTheSyntaxErrorWithLineAndPosition()
    {
        var json = Change(("\"format\": \"campaign-dataset/1\",", "\"format\": \"campaign-dataset/1\",,"), ("\"kind\": \"countyLeadership\"", "\"kind\": \"nonsense\""));

        var errors = ErrorsOf(json);

        errors.Should().ContainSingle();
        errors[0].Path.Should().Be("$");
        errors[0].Line.Should().Be(2);
        errors[0].Position.Should().Be("  \"format\": \"campaign-dataset/1\",".Length + 1);
        errors[0].Code.Should().Be(InputErrorCode.ExpectedValue);
        errors[0].Message.Should().Be("expected a value (text in double quotes, a number, true, false, null, an object or an array), found ','");
    }

    [Fact]
    public void Read_WrongFormat_IsReportedAtFormat()
    {
        var errors = ErrorsOf(Change(("campaign-dataset/1", "campaign-dataset/2")));

        errors.Should().ContainSingle().Which.Should().BeEquivalentTo(new { Path = "$.format", Line = 2 });
        errors[0].Message.Should().Contain("campaign-dataset/1");
    }

    [Fact]
    public void Read_MissingRequiredProperty_IsReportedAtItsPathOnTheObjectsLine()
    {
        var errors = ErrorsOf(Change((", \"role\": \"member\"", string.Empty)));

        errors.Should().ContainSingle().Which.Should().BeEquivalentTo(new { Path = "$.people[1].role", Line = 10 });
        errors[0].Message.Should().Contain("required");
    }

    [Theory]
    [InlineData("\"id\": \"U-1\",", "\"id\": \"U-1\", \"nmae\": \"x\",", "$.units[0].nmae", 5)]
    [InlineData("{ \"level\": \"team\" }", "{ \"level\": \"team\", \"who\": [1, {\"a\": 2}] }", "$.problems[0].owner.who", 16)]
    [InlineData("\"format\": \"campaign-dataset/1\",", "\"format\": \"campaign-dataset/1\", \"extra\": {},", "$.extra", 2)]
    [InlineData("\"reference\": \"1号\"", "\"reference\": \"1号\", \"my key\": 1", "$.rectifications[0].evidence[0]['my key']", 20)]
    public void Read_UnknownProperty_IsReportedAtAnyLevel(string from, string to, string path, int line)
    {
        var errors = ErrorsOf(Change((from, to)));

        errors.Should().ContainSingle().Which.Should().BeEquivalentTo(new { Path = path, Line = line });
        errors[0].Message.Should().Contain("unknown property");
    }

    [Theory]
    [InlineData("\"respondents\": 10", "\"respondents\": \"10\"", "$.rectifications[0].evaluation.respondents", 20)]
    [InlineData("\"units\": [", "\"units\": {}, \"units2\": [", "$.units", 4)]
    [InlineData("\"name\": \"王\"", "\"name\": 7", "$.people[0].name", 9)]
    [InlineData("\"opinionIds\": [\"O-1\"]", "\"opinionIds\": [\"O-1\", 3]", "$.problems[0].opinionIds[1]", 16)]
    [InlineData("\"receivedOn\": \"2014-03-20\"", "\"receivedOn\": 20140320", "$.opinions[0].receivedOn", 13)]
    [InlineData("\"respondents\": 10", "\"respondents\": 10.5", "$.rectifications[0].evaluation.respondents", 20)]
    public void Read_ValueOfTheWrongType_IsReportedAtItsPath(string from, string to, string path, int line)
    {
        var errors = ErrorsOf(Change((from, to)));

        errors.Should().Contain(e => e.Path == path && e.Line == line);
    }

    [Fact]
    public void Read_ValueOutsideItsEnum_ListsTheAllowedValues()
    {
        var errors = ErrorsOf(Change(("\"kind\": \"countyLeadership\"", "\"kind\": \"County\"")));

        errors.Should().ContainSingle().Which.Should().BeEquivalentTo(new { Path = "$.units[0].kind", Line = 5 });
        errors[0].Message.Should().Contain("'County'").And.Contain("countyLeadership, directlyAffiliated").And.Contain("otherGrassroots");
    }

    [Theory]
    [InlineData("2014-02-30", "not a calendar date")]
    [InlineData("2014-13-01", "not a calendar date")]
    [InlineData("2014-4-10", "yyyy-MM-dd")]
    [InlineData("2014-04-10T00:00", "yyyy-MM-dd")]
    [InlineData("10.04.2014", "yyyy-MM-dd")]
    public void Read_ImpossibleDate_IsReportedAtItsPath(string date, string message)
    {
        var errors = ErrorsOf(Change(("\"identifiedOn\": \"2014-04-10\"", $"\"identifiedOn\": \"{date}\"")));

        errors.Should().ContainSingle().Which.Should().BeEquivalentTo(new { Path = "$.problems[0].identifiedOn", Line = 16 });
        errors[0].Message.Should().Contain(message);
    }

    [Fact]
    public void Read_DuplicateId_IsReportedAtTheSecondOccurrenceNamingTheFirst()
    {
        var errors = ErrorsOf(Change(("\"id\": \"P-2\"", "\"id\": \"P-1\""), ("\"firstSecretaryId\": \"P-2\"", "\"firstSecretaryId\": \"P-1\"")));

        errors.Should().ContainSingle().Which.Should().BeEquivalentTo(new { Path = "$.people[1].id", Line = 10 });
        errors[0].Message.Should().Contain("'P-1'").And.Contain("people[0]");
    }

    [Theory]
    [InlineData("\"parentId\": \"U-1\"", "\"parentId\": \"U-9\"", "$.units[1].parentId", 6)]
    [InlineData("\"firstSecretaryId\": \"P-2\"", "\"firstSecretaryId\": \"P-9\"", "$.units[1].weakLax.firstSecretaryId", 6)]
    [InlineData("\"unitId\": \"U-2\", \"role\"", "\"unitId\": \"U-9\", \"role\"", "$.people[1].unitId", 10)]
    [InlineData("\"id\": \"O-1\", \"unitId\": \"U-1\"", "\"id\": \"O-1\", \"unitId\": \"U-9\"", "$.opinions[0].unitId", 13)]
    [InlineData("\"targetPersonId\": \"P-1\"", "\"targetPersonId\": \"P-9\"", "$.opinions[0].targetPersonId", 13)]
    [InlineData("\"claimedById\": \"P-1\"", "\"claimedById\": \"P-9\"", "$.opinions[0].claimedById", 13)]
    [InlineData("\"id\": \"PR-1\", \"unitId\": \"U-1\"", "\"id\": \"PR-1\", \"unitId\": \"U-9\"", "$.problems[0].unitId", 16)]
    [InlineData("\"personId\": \"P-1\"", "\"personId\": \"P-9\"", "$.problems[1].owner.personId", 17)]
    [InlineData("\"opinionIds\": [\"O-1\"]", "\"opinionIds\": [\"O-1\", \"O-9\"]", "$.problems[0].opinionIds[1]", 16)]
    [InlineData("\"problemIds\": [\"PR-2\"]", "\"problemIds\": [\"PR-9\"]", "$.rectifications[1].problemIds[0]", 21)]
    [InlineData("\"responsiblePersonId\": \"P-1\"", "\"responsiblePersonId\": \"P-9\"", "$.rectifications[0].responsiblePersonId", 20)]
    [InlineData("\"responsibleUnitId\": \"U-1\"", "\"responsibleUnitId\": \"U-9\"", "$.rectifications[0].responsibleUnitId", 20)]
    public void Read_DanglingReference_IsReportedForEveryReferenceProperty(string from, string to, string path, int line)
    {
        var errors = ErrorsOf(Change((from, to)));

        errors.Should().ContainSingle().Which.Should().BeEquivalentTo(new { Path = path, Line = line });
        errors[0].Message.Should().Contain("-9'");
    }

    [Fact]
    public void Read_ParentChainThatLoops_IsReportedOnceAtItsFirstUnit()
    {
        var errors = ErrorsOf(Change(("\"level\": \"county\",", "\"level\": \"county\", \"parentId\": \"U-2\",")));

        errors.Should().ContainSingle().Which.Should().BeEquivalentTo(new { Path = "$.units[0].parentId", Line = 5 });
        errors[0].Message.Should().Contain("U-1 → U-2 → U-1");
    }

    [Fact]
    public void Read_IndividualOwnerOfAnotherUnit_IsReportedAtThePersonId()
    {
        var errors = ErrorsOf(Change(("\"personId\": \"P-1\"", "\"personId\": \"P-2\"")));

        errors.Should().ContainSingle().Which.Should().BeEquivalentTo(new { Path = "$.problems[1].owner.personId", Line = 17 });
        errors[0].Message.Should().Contain("'U-2'").And.Contain("'U-1'");
    }

    [Fact]
    public void Read_FourWindsOnAnotherCategory_IsReportedAtFourWinds()
    {
        var errors = ErrorsOf(Change(("\"category\": \"work\",", "\"category\": \"work\", \"fourWinds\": [\"hedonism\"],")));

        errors.Should().ContainSingle().Which.Should().BeEquivalentTo(new { Path = "$.problems[1].fourWinds", Line = 17 });
    }

    [Theory]
    [InlineData(", \"completedOn\": \"2014-06-20\"", "", "$.rectifications[0].completedOn", 20, "required")]
    [InlineData("\"status\": \"inProgress\"", "\"status\": \"inProgress\", \"completedOn\": \"2014-06-01\"", "$.rectifications[1].completedOn", 21, "not allowed")]
    public void Read_CompletedOnNotMatchingTheStatus_IsReported(string from, string to, string path, int line, string message)
    {
        var errors = ErrorsOf(Change((from, to)));

        errors.Should().ContainSingle().Which.Should().BeEquivalentTo(new { Path = path, Line = line });
        errors[0].Message.Should().Contain(message);
    }

    [Theory]
    [InlineData("\"satisfiedRate\": 0.9", "\"satisfiedRate\": 1.5", "outside 0..1")]
    [InlineData("\"satisfiedRate\": 0.9", "\"satisfiedRate\": -0.1", "outside 0..1")]
    [InlineData("\"satisfiedRate\": 0.9, ", "", "required")]
    public void Read_SatisfiedRateOutOfRangeOrMissingForTheMasses_IsReported(string from, string to, string message)
    {
        var errors = ErrorsOf(Change((from, to)));

        errors.Should().ContainSingle().Which.Should().BeEquivalentTo(new { Path = "$.rectifications[0].evaluation.satisfiedRate", Line = 20 });
        errors[0].Message.Should().Contain(message);
    }

    [Fact]
    public void Read_NegativeRespondents_IsReported()
    {
        var errors = ErrorsOf(Change(("\"respondents\": 10", "\"respondents\": -1")));

        errors.Should().ContainSingle().Which.Should().BeEquivalentTo(new { Path = "$.rectifications[0].evaluation.respondents", Line = 20 });
    }

    [Fact]
    public void Read_EmptyProblemIds_IsReported()
    {
        var errors = ErrorsOf(Change(("\"problemIds\": [\"PR-2\"]", "\"problemIds\": []")));

        errors.Should().ContainSingle().Which.Should().BeEquivalentTo(new { Path = "$.rectifications[1].problemIds", Line = 21 });
        errors[0].Message.Should().Contain("at least one");
    }

    [Theory]
    [InlineData("\"end\": \"2014-09-30\"", "\"end\": \"2014-02-28\"", "$.campaign.end", 3)]
    [InlineData("\"end\": \"2014-06-30\" }", "\"end\": \"2014-03-09\" }", "$.units[0].education.end", 5)]
    public void Read_PeriodEndingBeforeItsStart_IsReportedAtTheEnd(string from, string to, string path, int line)
    {
        var errors = ErrorsOf(Change((from, to)));

        errors.Should().ContainSingle().Which.Should().BeEquivalentTo(new { Path = path, Line = line });
        errors[0].Message.Should().Contain("before the start");
    }

    [Theory]
    [InlineData("\"focusId\": \"FP.C.CTY.02\"", "\"focusId\": \"FP.X.01\"", "$.problems[0].focusId", 16)]
    [InlineData("\"focusLists\": [\"C\", \"WD\"]", "\"focusLists\": [\"C\", \"XX\"]", "$.campaign.focusLists[1]", 3)]
    public void Read_FocusIdOrListUnknownToTheCatalog_IsReported(string from, string to, string path, int line)
    {
        var errors = ErrorsOf(Change((from, to)));

        errors.Should().ContainSingle().Which.Should().BeEquivalentTo(new { Path = path, Line = line });
        errors[0].Message.Should().Contain("focus catalog");
    }

    [Fact]
    public void Read_FocusIdOfAUserCatalog_IsAcceptedWithThatCatalog()
    {
        var catalog = FocusCatalog.Default.Merge(new FocusCatalog([new FocusProblem("FP.MY.01", "MY", [UnitKind.CountyLeadership], "自定", "Own")]));
        var json = Change(("\"focusId\": \"FP.C.CTY.02\"", "\"focusId\": \"FP.MY.01\""), ("[\"C\", \"WD\"]", "[\"MY\"]"));

        var dataset = Read(json, new DatasetReadOptions(catalog));

        dataset.Problems[0].FocusId.Should().Be("FP.MY.01");
        dataset.Campaign.FocusLists.Should().Equal("MY");
    }

    [Fact]
    public void Read_SeveralErrors_ReportsEveryOneInDocumentOrderThenReferences()
    {
        var json = Change(
            ("\"batch\": \"second\"", "\"batch\": \"third\""),
            ("\"name\": \"区委\", ", string.Empty),
            ("\"role\": \"member\"", "\"role\": \"member\", \"age\": 40"),
            ("\"receivedOn\": \"2014-03-20\"", "\"receivedOn\": \"2014-03-32\""),
            ("\"personId\": \"P-1\"", "\"personId\": \"P-7\""),
            ("\"status\": \"inProgress\"", "\"status\": \"done\""));

        var exception = FluentActions.Invoking(() => Read(json)).Should().Throw<DatasetValidationException>().Which;

        exception.Errors.Select(e => (e.Path, e.Line)).Should().Equal(
            ("$.campaign.batch", 3),
            ("$.units[0].name", 5),
            ("$.people[1].age", 10),
            ("$.opinions[0].receivedOn", 13),
            ("$.rectifications[1].status", 21),
            ("$.problems[1].owner.personId", 17));
        exception.Message.Split('\n').Should().HaveCount(7).And.Contain("$.units[0].name (line 5): the required property 'name' is missing");
    }

    [Fact]
    public void Read_MoreErrorsThanTheLimit_ListsTheLimitAndCountsTheRest()
    {
        var json = Change(("\"batch\": \"second\"", "\"batch\": 1, \"a\": 1, \"b\": 2, \"c\": 3"));

        var exception = FluentActions.Invoking(() => CampaignDatasetReader.Read(new MemoryStream(Encoding.UTF8.GetBytes(json)), new DatasetReadOptions(maxErrors: 2)))
            .Should().Throw<DatasetValidationException>().Which;

        exception.Errors.Select(e => e.Path).Should().Equal("$.campaign.batch", "$.campaign.a");
        exception.ErrorCount.Should().Be(4);
        exception.Message.Should().StartWith("The campaign dataset is invalid (4 errors; the first 2 are listed):\n");
        exception.GetSummary(CultureInfo.GetCultureInfo("zh-CN")).Should().Be("数据集无效：共 4 处错误（列出前 2 处）。");
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("[")]
    [InlineData("{")]
    [InlineData("null")]
    [InlineData("[]")]
    [InlineData("{}")]
    [InlineData("{\"format\":")]
    [InlineData("{\"format\": \"campaign-dataset/1\"} trailing")]
    [InlineData("{\"units\": [1, \"a\", null, []], \"campaign\": [], \"people\": {}}")]
    [InlineData("{\"units\": [{\"id\": null, \"weakLax\": 3, \"education\": {\"start\": 1}}], \"problems\": [{\"owner\": {\"level\": \"individual\"}, \"fourWinds\": [null]}]}")]
    [InlineData("{\"rectifications\": [{\"evaluation\": {\"by\": \"masses\", \"satisfiedRate\": 1e400, \"respondents\": 99999999999}, \"evidence\": [1, {}]}]}")]
    public void Read_AnyBadInput_ThrowsOnlyDatasetValidationException(string json)
    {
        var act = () => Read(json);

        act.Should().Throw<DatasetValidationException>().Which.Errors.Should().NotBeEmpty();
    }

    [Fact]
    public void Read_InvalidUtf8_ThrowsDatasetValidationException()
    {
        var bytes = Encoding.UTF8.GetBytes(Valid);
        bytes[bytes.AsSpan().IndexOf(Encoding.UTF8.GetBytes("测试活动"))] = 0xFF;

        var act = () => CampaignDatasetReader.Read(new MemoryStream(bytes));

        act.Should().Throw<DatasetValidationException>().Which.Errors.Should().ContainSingle();
    }

    [Fact]
    public void Read_LargeDocumentAcrossManyBuffers_ReportsTheRightLine()
    {
        const int Count = 8000;
        var json = WithManyProblems(Count, lastDate: "2014-02-31");

        var errors = ErrorsOf(json);

        errors.Should().ContainSingle().Which.Should().BeEquivalentTo(new { Path = $"$.problems[{Count + 1}].identifiedOn", Line = 17 + Count });
    }

    [Theory]
    [InlineData(4)]
    [InlineData(7)]
    [InlineData(4096)]
    public void Read_LargeDocumentWithASmallBuffer_GrowsItForTheLongTextAndReportsTheRightLine(int bufferSize)
    {
        const int Count = 8000;
        var bytes = Encoding.UTF8.GetBytes(WithManyProblems(Count, lastDate: "2014-02-31"));

        var act = () => CampaignDatasetReader.Read(new MemoryStream(bytes), DatasetReadOptions.Default, bufferSize);

        act.Should().Throw<DatasetValidationException>().Which.Errors.Should().ContainSingle()
            .Which.Should().BeEquivalentTo(new { Path = $"$.problems[{Count + 1}].identifiedOn", Line = 17 + Count });
    }

    [Fact]
    public void Read_WithATinyBuffer_ReportsEveryErrorWithItsPathAndLine()
    {
        var json = Change(("\"role\": \"member\"", "\"role\": \"boss\""), ("\"claimedById\": \"P-1\"", "\"claimedById\": \"P-9\""));

        var act = () => CampaignDatasetReader.Read(Utf8(json), DatasetReadOptions.Default, bufferSize: 5);

        act.Should().Throw<DatasetValidationException>().Which.Errors.Select(e => (e.Path, e.Line, e.Message)).Should().Equal(
            ("$.people[1].role", 10, "'boss' is not allowed; expected one of: principalLeader, teamMember, member"),
            ("$.opinions[0].claimedById", 13, "no person has the id 'P-9'"));
    }

    [Fact]
    public void Read_EscapedDateOfTenCharactersButMoreBytes_IsADateError()
    {
        var json = Change(("\"receivedOn\": \"2014-03-20\"", "\"receivedOn\": \"\\u00e92014-03-2\""));

        var errors = ErrorsOf(json);

        errors.Should().ContainSingle().Which.Should().BeEquivalentTo(
            new { Path = "$.opinions[0].receivedOn", Line = 13, Message = "'é2014-03-2' is not a date of the form yyyy-MM-dd" });
    }

    [Fact]
    public void Read_RepeatedIdsOwnersAndTexts_ShareOneInstance()
    {
        var json = Change(
            ("\"owner\": { \"level\": \"team\" }", "\"owner\": { \"level\": \"individual\", \"personId\": \"P-1\" }"),
            ("\"text\": \"任务\"", "\"text\": \"会多\""),
            ("\"measure\": \"推进\"", "\"measure\": \"精简\""));

        var dataset = Read(json);

        var (first, second) = (dataset.Problems[0], dataset.Problems[1]);
        first.UnitId.Should().BeSameAs(dataset.Units[0].Id, "a reference shares the id string of the record it names");
        dataset.People[0].UnitId.Should().BeSameAs(dataset.Units[0].Id);
        dataset.Rectifications[0].ProblemIds[0].Should().BeSameAs(first.Id);
        second.Owner.Should().BeSameAs(first.Owner);
        second.OwnerKey.Should().Be("person:P-1").And.BeSameAs(first.OwnerKey);
        second.Text.Should().Be("会多").And.BeSameAs(first.Text);
        dataset.Rectifications[1].Measure.Should().Be("精简").And.BeSameAs(dataset.Rectifications[0].Measure);
    }

    [Fact]
    public void Read_LargeDocument_AllocatesLessThanTwiceItsSize()
    {
        var bytes = Encoding.UTF8.GetBytes(WithManyProblems(8000, lastDate: "2014-04-01"));
        CampaignDatasetReader.Read(new MemoryStream(bytes));
        var before = GC.GetAllocatedBytesForCurrentThread();

        var dataset = CampaignDatasetReader.Read(new MemoryStream(bytes));
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        dataset.Problems.Should().HaveCount(8002);
        ((double)allocated / bytes.Length).Should().BeLessThan(
            2.0, "a streaming read holds no DOM, no copy of the document and no record per item (measured about 1.5 with entities and lookups; 2.6 before entities were built as items are read)");
    }

    /// <summary>About 2 MB: buffer refills, one text of the longest length allowed (30 KB, longer than a small buffer), the last problem's date given.</summary>
    private static string WithManyProblems(int count, string lastDate)
    {
        var problems = new StringBuilder();
        for (var i = 0; i < count; i++)
        {
            var text = i == 10 ? new string('长', DatasetLimits.MaxTextLength) : "联系群众不够,下基层调研少,问题" + i;
            problems.Append(",\n    { \"id\": \"X-").Append(i).Append("\", \"unitId\": \"U-1\", \"owner\": { \"level\": \"team\" }, \"category\": \"work\", \"text\": \"")
                .Append(text).Append("\", \"source\": \"other\", \"identifiedOn\": \"").Append(i == count - 1 ? lastDate : "2014-04-01").Append("\" }");
        }

        return Change(("\"severity\": \"serious\" }", "\"severity\": \"serious\" }" + problems));
    }

    [Fact]
    public void Read_WithProgress_ReportsTheBytesRead()
    {
        var reported = new List<long>();
        var progress = new SynchronousProgress(reported);

        Read(Valid, new DatasetReadOptions(progress: progress));

        reported.Should().NotBeEmpty().And.BeInAscendingOrder();
        reported[^1].Should().Be(Encoding.UTF8.GetByteCount(Valid));
    }

    [Fact]
    public async Task ReadAsync_TheExample_GivesTheSameDatasetAsRead()
    {
        await using var stream = File.OpenRead(ExamplePath);

        var dataset = await CampaignDatasetReader.ReadAsync(stream);

        DatasetAssert.Equal(dataset, CampaignDatasetReader.ReadFile(ExamplePath));
    }

    [Fact]
    public async Task ReadAsync_InvalidDocument_ThrowsDatasetValidationException()
    {
        using var stream = Utf8(Change(("\"role\": \"member\"", "\"role\": \"boss\"")));

        var act = () => CampaignDatasetReader.ReadAsync(stream);

        (await act.Should().ThrowAsync<DatasetValidationException>()).Which.Errors.Should().ContainSingle().Which.Path.Should().Be("$.people[1].role");
    }

    private sealed class SynchronousProgress(List<long> reported) : IProgress<long>
    {
        public void Report(long value) => reported.Add(value);
    }
}
