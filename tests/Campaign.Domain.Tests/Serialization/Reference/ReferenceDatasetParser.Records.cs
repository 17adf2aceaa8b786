using System.Text.Json;
using Campaign.Domain.Problems;
using Campaign.Domain.Rectifications;
using Campaign.Domain.Serialization;

namespace Campaign.Domain.Tests.Serialization.Reference;

/// <summary>The objects of <c>campaign-dataset/1</c>, one method each; the reader is on the object's start when called.</summary>
internal sealed partial class ReferenceDatasetParser
{
    public const string FormatName = "campaign-dataset/1";

    private const string RootProperties = "format, campaign, units, people, opinions, problems, rectifications";
    private const string CampaignProperties = "name, batch, start, end, asOf, focusLists";
    private const string UnitProperties = "id, name, kind, level, parentId, education, weakLax";
    private const string PeriodProperties = "start, end";
    private const string WeakLaxProperties = "designatedOn, teamStaffedOn, consolidatedOn, firstSecretaryId, hasPlan";
    private const string PersonProperties = "id, name, unitId, role";
    private const string OpinionProperties = "id, unitId, targetPersonId, channel, text, receivedOn, claimedOn, claimedById, reportedBackOn";
    private const string ProblemProperties = "id, unitId, owner, category, fourWinds, focusId, text, source, opinionIds, identifiedOn, severity";
    private const string OwnerProperties = "level, personId";
    private const string RectificationProperties = "id, problemIds, measure, mode, responsiblePersonId, responsibleUnitId, deadline, status, completedOn, evidence, evaluation";
    private const string EvidenceProperties = "kind, reference";
    private const string EvaluationProperties = "by, on, satisfiedRate, respondents";

    private readonly Dictionary<string, int> _unitIndex = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _personIndex = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _opinionIndex = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _problemIndex = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _rectificationIndex = new(StringComparer.Ordinal);

    public CampaignRecord? Campaign { get; private set; }

    public List<UnitRecord> Units { get; } = [];

    public List<PersonRecord> People { get; } = [];

    public List<OpinionRecord> Opinions { get; } = [];

    public List<ProblemRecord> Problems { get; } = [];

    public List<RectificationRecord> Rectifications { get; } = [];

    private void ParseRoot(ref Utf8JsonReader reader)
    {
        var line = LineOf(ref reader);
        var seen = 0;
        var root = JsonPathLocation.Root;
        while (NextProperty(ref reader))
        {
            if (reader.ValueTextEquals("format"u8))
            {
                Seen(ref reader, ref seen, 1, root, "format");
                Read(ref reader);
                ParseFormat(ref reader);
            }
            else if (reader.ValueTextEquals("campaign"u8))
            {
                Seen(ref reader, ref seen, 2, root, "campaign");
                Read(ref reader);
                if (reader.TokenType == JsonTokenType.StartObject)
                {
                    Campaign = ParseCampaign(ref reader);
                }
                else
                {
                    WrongType(ref reader, root, "campaign", -1, "an object");
                }
            }
            else if (reader.ValueTextEquals("units"u8))
            {
                Seen(ref reader, ref seen, 4, root, "units");
                Read(ref reader);
                ParseCollection(ref reader, "units", true);
            }
            else if (reader.ValueTextEquals("people"u8))
            {
                Seen(ref reader, ref seen, 8, root, "people");
                Read(ref reader);
                ParseCollection(ref reader, "people", false);
            }
            else if (reader.ValueTextEquals("opinions"u8))
            {
                Seen(ref reader, ref seen, 16, root, "opinions");
                Read(ref reader);
                ParseCollection(ref reader, "opinions", false);
            }
            else if (reader.ValueTextEquals("problems"u8))
            {
                Seen(ref reader, ref seen, 32, root, "problems");
                Read(ref reader);
                ParseCollection(ref reader, "problems", false);
            }
            else if (reader.ValueTextEquals("rectifications"u8))
            {
                Seen(ref reader, ref seen, 64, root, "rectifications");
                Read(ref reader);
                ParseCollection(ref reader, "rectifications", false);
            }
            else
            {
                Unknown(ref reader, root, RootProperties);
            }
        }

        Require(seen, 1, root, "format", line);
        Require(seen, 2, root, "campaign", line);
        Require(seen, 4, root, "units", line);
    }

    private void ParseFormat(ref Utf8JsonReader reader)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            WrongType(ref reader, JsonPathLocation.Root, "format", -1, $"the string '{FormatName}'");
        }
        else if (!reader.ValueTextEquals(FormatName))
        {
            Error(JsonPathLocation.Root, "format", -1, LineOf(ref reader), $"the format '{DatasetParser.Excerpt(ref reader)}' is not supported; expected '{FormatName}'");
        }
    }

    private void ParseCollection(ref Utf8JsonReader reader, string collection, bool required)
    {
        if (reader.TokenType == JsonTokenType.Null && !required)
        {
            return;
        }

        if (reader.TokenType != JsonTokenType.StartArray)
        {
            WrongType(ref reader, JsonPathLocation.Root, collection, -1, "an array");
            return;
        }

        for (var index = 0; NextItem(ref reader); index++)
        {
            var where = new JsonPathLocation(collection, index);
            if (reader.TokenType != JsonTokenType.StartObject)
            {
                WrongType(ref reader, where, null, -1, "an object");
                continue;
            }

            switch (collection)
            {
                case "units":
                    ParseUnit(ref reader, where);
                    break;
                case "people":
                    ParsePerson(ref reader, where);
                    break;
                case "opinions":
                    ParseOpinion(ref reader, where);
                    break;
                case "problems":
                    ParseProblem(ref reader, where);
                    break;
                default:
                    ParseRectification(ref reader, where);
                    break;
            }
        }
    }

    private CampaignRecord ParseCampaign(ref Utf8JsonReader reader)
    {
        var where = new JsonPathLocation("campaign");
        var record = new CampaignRecord();
        var line = LineOf(ref reader);
        var seen = 0;
        var startLine = 0;
        var endLine = 0;
        while (NextProperty(ref reader))
        {
            if (reader.ValueTextEquals("name"u8))
            {
                Seen(ref reader, ref seen, 1, where, "name");
                Read(ref reader);
                record.Name = ReadText(ref reader, where, "name", true);
                if (record.Name is not null && string.IsNullOrWhiteSpace(record.Name))
                {
                    Error(where, "name", -1, LineOf(ref reader), "the campaign name must not be empty");
                    record.Name = null;
                }
            }
            else if (reader.ValueTextEquals("batch"u8))
            {
                Seen(ref reader, ref seen, 2, where, "batch");
                Read(ref reader);
                record.Batch = ReadEnum(ref reader, where, "batch", DatasetEnums.Batch, true);
            }
            else if (reader.ValueTextEquals("start"u8))
            {
                Seen(ref reader, ref seen, 4, where, "start");
                Read(ref reader);
                startLine = LineOf(ref reader);
                record.Start = ReadDate(ref reader, where, "start", true);
            }
            else if (reader.ValueTextEquals("end"u8))
            {
                Seen(ref reader, ref seen, 8, where, "end");
                Read(ref reader);
                endLine = LineOf(ref reader);
                record.End = ReadDate(ref reader, where, "end", true);
            }
            else if (reader.ValueTextEquals("asOf"u8))
            {
                Seen(ref reader, ref seen, 16, where, "asOf");
                Read(ref reader);
                record.AsOf = ReadDate(ref reader, where, "asOf", false);
            }
            else if (reader.ValueTextEquals("focusLists"u8))
            {
                Seen(ref reader, ref seen, 32, where, "focusLists");
                Read(ref reader);
                record.FocusLists = ParseFocusLists(ref reader, where);
            }
            else
            {
                Unknown(ref reader, where, CampaignProperties);
            }
        }

        Require(seen, 1, where, "name", line);
        Require(seen, 2, where, "batch", line);
        Require(seen, 4, where, "start", line);
        Require(seen, 8, where, "end", line);
        CheckPeriod(record.Start, record.End, where, Math.Max(startLine, endLine));
        return record;
    }

    private string[]? ParseFocusLists(ref Utf8JsonReader reader, in JsonPathLocation where)
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            return null;
        }

        if (reader.TokenType != JsonTokenType.StartArray)
        {
            WrongType(ref reader, where, "focusLists", -1, "an array of focus list codes");
            return null;
        }

        var codes = new List<string>();
        var catalog = _options.FocusCatalog;
        for (var i = 0; NextItem(ref reader); i++)
        {
            var line = LineOf(ref reader);
            if (ReadId(ref reader, where, "focusLists", true, i) is { } code)
            {
                if (!catalog.ContainsList(code))
                {
                    Error(where, "focusLists", i, line, $"the focus list '{code}' is not in the focus catalog; known lists: {string.Join(", ", catalog.Lists)}");
                }

                codes.Add(code);
            }
        }

        return codes.ToArray();
    }

    private void CheckPeriod(DateOnly? start, DateOnly? end, in JsonPathLocation where, int line)
    {
        if (start is { } s && end is { } e && e < s)
        {
            Error(where, "end", -1, line, $"the end {e:yyyy-MM-dd} is before the start {s:yyyy-MM-dd}");
        }
    }

    private void Register(Dictionary<string, int> index, string? id, int position, in JsonPathLocation where, int line)
    {
        if (id is null)
        {
            return;
        }

        if (!index.TryAdd(id, position))
        {
            Error(where, "id", -1, line, $"the id '{id}' is already used by $.{where.Collection}[{index[id]}]");
        }
    }

    private void ParseUnit(ref Utf8JsonReader reader, in JsonPathLocation where)
    {
        var record = new UnitRecord();
        var line = LineOf(ref reader);
        var idLine = line;
        var seen = 0;
        while (NextProperty(ref reader))
        {
            if (reader.ValueTextEquals("id"u8))
            {
                Seen(ref reader, ref seen, 1, where, "id");
                Read(ref reader);
                idLine = LineOf(ref reader);
                record.Id = ReadId(ref reader, where, "id", true);
            }
            else if (reader.ValueTextEquals("name"u8))
            {
                Seen(ref reader, ref seen, 2, where, "name");
                Read(ref reader);
                record.Name = ReadText(ref reader, where, "name", true);
            }
            else if (reader.ValueTextEquals("kind"u8))
            {
                Seen(ref reader, ref seen, 4, where, "kind");
                Read(ref reader);
                record.Kind = ReadEnum(ref reader, where, "kind", DatasetEnums.UnitKind, true);
            }
            else if (reader.ValueTextEquals("level"u8))
            {
                Seen(ref reader, ref seen, 8, where, "level");
                Read(ref reader);
                record.Level = ReadEnum(ref reader, where, "level", DatasetEnums.UnitLevel, true);
            }
            else if (reader.ValueTextEquals("parentId"u8))
            {
                Seen(ref reader, ref seen, 16, where, "parentId");
                Read(ref reader);
                record.ParentId = ReadRef(ref reader, where, "parentId", false);
            }
            else if (reader.ValueTextEquals("education"u8))
            {
                Seen(ref reader, ref seen, 32, where, "education");
                Read(ref reader);
                ParseEducation(ref reader, record, where.Nested("education"));
            }
            else if (reader.ValueTextEquals("weakLax"u8))
            {
                Seen(ref reader, ref seen, 64, where, "weakLax");
                Read(ref reader);
                ParseWeakLax(ref reader, record, where.Nested("weakLax"));
            }
            else
            {
                Unknown(ref reader, where, UnitProperties);
            }
        }

        Require(seen, 1, where, "id", line);
        Require(seen, 2, where, "name", line);
        Require(seen, 4, where, "kind", line);
        Require(seen, 8, where, "level", line);
        Register(_unitIndex, record.Id, Units.Count, where, idLine);
        Units.Add(record);
    }

    private void ParseEducation(ref Utf8JsonReader reader, UnitRecord record, in JsonPathLocation where)
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            return;
        }

        if (reader.TokenType != JsonTokenType.StartObject)
        {
            WrongType(ref reader, where, null, -1, "an object { start, end }");
            return;
        }

        record.HasEducation = true;
        var line = LineOf(ref reader);
        var seen = 0;
        var valueLine = line;
        while (NextProperty(ref reader))
        {
            if (reader.ValueTextEquals("start"u8))
            {
                Seen(ref reader, ref seen, 1, where, "start");
                Read(ref reader);
                record.EducationStart = ReadDate(ref reader, where, "start", true);
            }
            else if (reader.ValueTextEquals("end"u8))
            {
                Seen(ref reader, ref seen, 2, where, "end");
                Read(ref reader);
                valueLine = LineOf(ref reader);
                record.EducationEnd = ReadDate(ref reader, where, "end", true);
            }
            else
            {
                Unknown(ref reader, where, PeriodProperties);
            }
        }

        Require(seen, 1, where, "start", line);
        Require(seen, 2, where, "end", line);
        CheckPeriod(record.EducationStart, record.EducationEnd, where, valueLine);
    }

    private void ParseWeakLax(ref Utf8JsonReader reader, UnitRecord record, in JsonPathLocation where)
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            return;
        }

        if (reader.TokenType != JsonTokenType.StartObject)
        {
            WrongType(ref reader, where, null, -1, "an object");
            return;
        }

        record.HasWeakLax = true;
        var line = LineOf(ref reader);
        var seen = 0;
        while (NextProperty(ref reader))
        {
            if (reader.ValueTextEquals("designatedOn"u8))
            {
                Seen(ref reader, ref seen, 1, where, "designatedOn");
                Read(ref reader);
                record.DesignatedOn = ReadDate(ref reader, where, "designatedOn", true);
            }
            else if (reader.ValueTextEquals("teamStaffedOn"u8))
            {
                Seen(ref reader, ref seen, 2, where, "teamStaffedOn");
                Read(ref reader);
                record.TeamStaffedOn = ReadDate(ref reader, where, "teamStaffedOn", false);
            }
            else if (reader.ValueTextEquals("consolidatedOn"u8))
            {
                Seen(ref reader, ref seen, 4, where, "consolidatedOn");
                Read(ref reader);
                record.ConsolidatedOn = ReadDate(ref reader, where, "consolidatedOn", false);
            }
            else if (reader.ValueTextEquals("firstSecretaryId"u8))
            {
                Seen(ref reader, ref seen, 8, where, "firstSecretaryId");
                Read(ref reader);
                record.FirstSecretaryId = ReadRef(ref reader, where, "firstSecretaryId", false);
            }
            else if (reader.ValueTextEquals("hasPlan"u8))
            {
                Seen(ref reader, ref seen, 16, where, "hasPlan");
                Read(ref reader);
                record.HasPlan = ReadBool(ref reader, where, "hasPlan") ?? false;
            }
            else
            {
                Unknown(ref reader, where, WeakLaxProperties);
            }
        }

        Require(seen, 1, where, "designatedOn", line);
    }

    private void ParsePerson(ref Utf8JsonReader reader, in JsonPathLocation where)
    {
        var record = new PersonRecord();
        var line = LineOf(ref reader);
        var idLine = line;
        var seen = 0;
        while (NextProperty(ref reader))
        {
            if (reader.ValueTextEquals("id"u8))
            {
                Seen(ref reader, ref seen, 1, where, "id");
                Read(ref reader);
                idLine = LineOf(ref reader);
                record.Id = ReadId(ref reader, where, "id", true);
            }
            else if (reader.ValueTextEquals("name"u8))
            {
                Seen(ref reader, ref seen, 2, where, "name");
                Read(ref reader);
                record.Name = ReadText(ref reader, where, "name", true);
            }
            else if (reader.ValueTextEquals("unitId"u8))
            {
                Seen(ref reader, ref seen, 4, where, "unitId");
                Read(ref reader);
                record.UnitId = ReadRef(ref reader, where, "unitId", true);
            }
            else if (reader.ValueTextEquals("role"u8))
            {
                Seen(ref reader, ref seen, 8, where, "role");
                Read(ref reader);
                record.Role = ReadEnum(ref reader, where, "role", DatasetEnums.Role, true);
            }
            else
            {
                Unknown(ref reader, where, PersonProperties);
            }
        }

        Require(seen, 1, where, "id", line);
        Require(seen, 2, where, "name", line);
        Require(seen, 4, where, "unitId", line);
        Require(seen, 8, where, "role", line);
        Register(_personIndex, record.Id, People.Count, where, idLine);
        People.Add(record);
    }

    private void ParseOpinion(ref Utf8JsonReader reader, in JsonPathLocation where)
    {
        var record = new OpinionRecord();
        var line = LineOf(ref reader);
        var idLine = line;
        var seen = 0;
        while (NextProperty(ref reader))
        {
            if (reader.ValueTextEquals("id"u8))
            {
                Seen(ref reader, ref seen, 1, where, "id");
                Read(ref reader);
                idLine = LineOf(ref reader);
                record.Id = ReadId(ref reader, where, "id", true);
            }
            else if (reader.ValueTextEquals("unitId"u8))
            {
                Seen(ref reader, ref seen, 2, where, "unitId");
                Read(ref reader);
                record.UnitId = ReadRef(ref reader, where, "unitId", true);
            }
            else if (reader.ValueTextEquals("targetPersonId"u8))
            {
                Seen(ref reader, ref seen, 4, where, "targetPersonId");
                Read(ref reader);
                record.TargetPersonId = ReadRef(ref reader, where, "targetPersonId", false);
            }
            else if (reader.ValueTextEquals("channel"u8))
            {
                Seen(ref reader, ref seen, 8, where, "channel");
                Read(ref reader);

                // Channels are mostly the few known values: interned like ids, but any text (even empty) is allowed.
                if (reader.TokenType == JsonTokenType.String)
                {
                    record.Channel = DecodeInterned(ref reader);
                }
                else
                {
                    record.Channel = ReadText(ref reader, where, "channel", false);
                }
            }
            else if (reader.ValueTextEquals("text"u8))
            {
                Seen(ref reader, ref seen, 16, where, "text");
                Read(ref reader);
                record.Text = ReadText(ref reader, where, "text", true);
            }
            else if (reader.ValueTextEquals("receivedOn"u8))
            {
                Seen(ref reader, ref seen, 32, where, "receivedOn");
                Read(ref reader);
                record.ReceivedOn = ReadDate(ref reader, where, "receivedOn", true);
            }
            else if (reader.ValueTextEquals("claimedOn"u8))
            {
                Seen(ref reader, ref seen, 64, where, "claimedOn");
                Read(ref reader);
                record.ClaimedOn = ReadDate(ref reader, where, "claimedOn", false);
            }
            else if (reader.ValueTextEquals("claimedById"u8))
            {
                Seen(ref reader, ref seen, 128, where, "claimedById");
                Read(ref reader);
                record.ClaimedById = ReadRef(ref reader, where, "claimedById", false);
            }
            else if (reader.ValueTextEquals("reportedBackOn"u8))
            {
                Seen(ref reader, ref seen, 256, where, "reportedBackOn");
                Read(ref reader);
                record.ReportedBackOn = ReadDate(ref reader, where, "reportedBackOn", false);
            }
            else
            {
                Unknown(ref reader, where, OpinionProperties);
            }
        }

        Require(seen, 1, where, "id", line);
        Require(seen, 2, where, "unitId", line);
        Require(seen, 16, where, "text", line);
        Require(seen, 32, where, "receivedOn", line);
        Register(_opinionIndex, record.Id, Opinions.Count, where, idLine);
        Opinions.Add(record);
    }

    private void ParseProblem(ref Utf8JsonReader reader, in JsonPathLocation where)
    {
        var record = new ProblemRecord();
        var line = LineOf(ref reader);
        var idLine = line;
        var fourWindsLine = line;
        var seen = 0;
        while (NextProperty(ref reader))
        {
            if (reader.ValueTextEquals("id"u8))
            {
                Seen(ref reader, ref seen, 1, where, "id");
                Read(ref reader);
                idLine = LineOf(ref reader);
                record.Id = ReadId(ref reader, where, "id", true);
            }
            else if (reader.ValueTextEquals("unitId"u8))
            {
                Seen(ref reader, ref seen, 2, where, "unitId");
                Read(ref reader);
                record.UnitId = ReadRef(ref reader, where, "unitId", true);
            }
            else if (reader.ValueTextEquals("owner"u8))
            {
                Seen(ref reader, ref seen, 4, where, "owner");
                Read(ref reader);
                ParseOwner(ref reader, record, where.Nested("owner"));
            }
            else if (reader.ValueTextEquals("category"u8))
            {
                Seen(ref reader, ref seen, 8, where, "category");
                Read(ref reader);
                record.Category = ReadEnum(ref reader, where, "category", DatasetEnums.Category, true);
            }
            else if (reader.ValueTextEquals("fourWinds"u8))
            {
                Seen(ref reader, ref seen, 16, where, "fourWinds");
                Read(ref reader);
                fourWindsLine = LineOf(ref reader);
                record.FourWinds = ParseFourWinds(ref reader, where);
            }
            else if (reader.ValueTextEquals("focusId"u8))
            {
                Seen(ref reader, ref seen, 32, where, "focusId");
                Read(ref reader);
                var focusLine = LineOf(ref reader);
                record.FocusId = ReadId(ref reader, where, "focusId", false);
                if (record.FocusId is { } focusId && !_options.FocusCatalog.Contains(focusId))
                {
                    Error(where, "focusId", -1, focusLine, $"the focus id '{focusId}' is not in the focus catalog");
                }
            }
            else if (reader.ValueTextEquals("text"u8))
            {
                Seen(ref reader, ref seen, 64, where, "text");
                Read(ref reader);
                record.Text = ReadText(ref reader, where, "text", true);
            }
            else if (reader.ValueTextEquals("source"u8))
            {
                Seen(ref reader, ref seen, 128, where, "source");
                Read(ref reader);
                record.Source = ReadEnum(ref reader, where, "source", DatasetEnums.Source, true);
            }
            else if (reader.ValueTextEquals("opinionIds"u8))
            {
                Seen(ref reader, ref seen, 256, where, "opinionIds");
                Read(ref reader);
                record.OpinionIds = ReadRefArray(ref reader, where, "opinionIds", false);
            }
            else if (reader.ValueTextEquals("identifiedOn"u8))
            {
                Seen(ref reader, ref seen, 512, where, "identifiedOn");
                Read(ref reader);
                record.IdentifiedOn = ReadDate(ref reader, where, "identifiedOn", true);
            }
            else if (reader.ValueTextEquals("severity"u8))
            {
                Seen(ref reader, ref seen, 1024, where, "severity");
                Read(ref reader);
                record.Severity = Math.Max(0, ReadEnum(ref reader, where, "severity", DatasetEnums.Severity, false));
            }
            else
            {
                Unknown(ref reader, where, ProblemProperties);
            }
        }

        Require(seen, 1, where, "id", line);
        Require(seen, 2, where, "unitId", line);
        Require(seen, 4, where, "owner", line);
        Require(seen, 8, where, "category", line);
        Require(seen, 64, where, "text", line);
        Require(seen, 128, where, "source", line);
        Require(seen, 512, where, "identifiedOn", line);
        if (record.FourWinds is not null && record.Category >= 0 && record.Category != (int)ProblemCategory.FourWinds)
        {
            Error(where, "fourWinds", -1, fourWindsLine,
                $"four winds are allowed only on a problem of category 'fourWinds', not '{DatasetEnums.Category.Names[record.Category]}'");
        }

        Register(_problemIndex, record.Id, Problems.Count, where, idLine);
        Problems.Add(record);
    }

    private void ParseOwner(ref Utf8JsonReader reader, ProblemRecord record, in JsonPathLocation where)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            WrongType(ref reader, where, null, -1, "an object { level, personId }");
            return;
        }

        var line = LineOf(ref reader);
        var personLine = line;
        var personGiven = false;
        var seen = 0;
        while (NextProperty(ref reader))
        {
            if (reader.ValueTextEquals("level"u8))
            {
                Seen(ref reader, ref seen, 1, where, "level");
                Read(ref reader);
                record.OwnerLevel = ReadEnum(ref reader, where, "level", DatasetEnums.OwnerLevel, true);
            }
            else if (reader.ValueTextEquals("personId"u8))
            {
                Seen(ref reader, ref seen, 2, where, "personId");
                Read(ref reader);
                personLine = LineOf(ref reader);
                personGiven = reader.TokenType != JsonTokenType.Null;
                record.OwnerPersonId = ReadRef(ref reader, where, "personId", false);
            }
            else
            {
                Unknown(ref reader, where, OwnerProperties);
            }
        }

        Require(seen, 1, where, "level", line);
        if (record.OwnerLevel == (int)ProblemOwnerLevel.Individual && !personGiven)
        {
            Error(where, "personId", -1, line, "the property 'personId' is required for an individual owner");
        }
        else if (record.OwnerLevel == (int)ProblemOwnerLevel.Team && record.OwnerPersonId is not null)
        {
            Error(where, "personId", -1, personLine, "a team owner has no person id; use level 'individual' for one person");
        }
    }

    private int[]? ParseFourWinds(ref Utf8JsonReader reader, in JsonPathLocation where)
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            return null;
        }

        if (reader.TokenType != JsonTokenType.StartArray)
        {
            WrongType(ref reader, where, "fourWinds", -1, "an array of " + DatasetEnums.FourWind.Allowed);
            return null;
        }

        var winds = new List<int>(2);
        for (var i = 0; NextItem(ref reader); i++)
        {
            var wind = ReadEnum(ref reader, where, "fourWinds", DatasetEnums.FourWind, true, i);
            if (wind >= 0)
            {
                winds.Add(wind);
            }
        }

        return winds.ToArray();
    }

    private void ParseRectification(ref Utf8JsonReader reader, in JsonPathLocation where)
    {
        var record = new RectificationRecord();
        var line = LineOf(ref reader);
        var idLine = line;
        var problemIdsLine = line;
        var completedOnLine = line;
        var seen = 0;
        while (NextProperty(ref reader))
        {
            if (reader.ValueTextEquals("id"u8))
            {
                Seen(ref reader, ref seen, 1, where, "id");
                Read(ref reader);
                idLine = LineOf(ref reader);
                record.Id = ReadId(ref reader, where, "id", true);
            }
            else if (reader.ValueTextEquals("problemIds"u8))
            {
                Seen(ref reader, ref seen, 2, where, "problemIds");
                Read(ref reader);
                problemIdsLine = LineOf(ref reader);
                record.ProblemIds = ReadRefArray(ref reader, where, "problemIds", true);
                if (record.ProblemIds is { Length: 0 })
                {
                    Error(where, "problemIds", -1, problemIdsLine, "a rectification must list at least one problem id");
                }
            }
            else if (reader.ValueTextEquals("measure"u8))
            {
                Seen(ref reader, ref seen, 4, where, "measure");
                Read(ref reader);
                record.Measure = ReadText(ref reader, where, "measure", true);
            }
            else if (reader.ValueTextEquals("mode"u8))
            {
                Seen(ref reader, ref seen, 8, where, "mode");
                Read(ref reader);
                record.Mode = ReadEnum(ref reader, where, "mode", DatasetEnums.Mode, true);
            }
            else if (reader.ValueTextEquals("responsiblePersonId"u8))
            {
                Seen(ref reader, ref seen, 16, where, "responsiblePersonId");
                Read(ref reader);
                record.ResponsiblePersonId = ReadRef(ref reader, where, "responsiblePersonId", false);
            }
            else if (reader.ValueTextEquals("responsibleUnitId"u8))
            {
                Seen(ref reader, ref seen, 32, where, "responsibleUnitId");
                Read(ref reader);
                record.ResponsibleUnitId = ReadRef(ref reader, where, "responsibleUnitId", false);
            }
            else if (reader.ValueTextEquals("deadline"u8))
            {
                Seen(ref reader, ref seen, 64, where, "deadline");
                Read(ref reader);
                record.Deadline = ReadDate(ref reader, where, "deadline", false);
            }
            else if (reader.ValueTextEquals("status"u8))
            {
                Seen(ref reader, ref seen, 128, where, "status");
                Read(ref reader);
                record.Status = ReadEnum(ref reader, where, "status", DatasetEnums.Status, true);
            }
            else if (reader.ValueTextEquals("completedOn"u8))
            {
                Seen(ref reader, ref seen, 256, where, "completedOn");
                Read(ref reader);
                completedOnLine = LineOf(ref reader);
                if (reader.TokenType != JsonTokenType.Null)
                {
                    // Present but invalid still counts as present for the status check below.
                    seen |= 1 << 20;
                }

                record.CompletedOn = ReadDate(ref reader, where, "completedOn", false);
            }
            else if (reader.ValueTextEquals("evidence"u8))
            {
                Seen(ref reader, ref seen, 512, where, "evidence");
                Read(ref reader);
                record.Evidence = ParseEvidence(ref reader, where);
            }
            else if (reader.ValueTextEquals("evaluation"u8))
            {
                Seen(ref reader, ref seen, 1024, where, "evaluation");
                Read(ref reader);
                ParseEvaluation(ref reader, record, where.Nested("evaluation"));
            }
            else
            {
                Unknown(ref reader, where, RectificationProperties);
            }
        }

        Require(seen, 1, where, "id", line);
        Require(seen, 2, where, "problemIds", line);
        Require(seen, 4, where, "measure", line);
        Require(seen, 8, where, "mode", line);
        Require(seen, 128, where, "status", line);
        if (record.Status >= 0)
        {
            var finished = record.Status is (int)RectificationStatus.Completed or (int)RectificationStatus.ClosedOff;
            var hasCompletedOn = (seen & (1 << 20)) != 0;
            var status = DatasetEnums.Status.Names[record.Status];
            if (finished && !hasCompletedOn)
            {
                Error(where, "completedOn", -1, line, $"'completedOn' is required when the status is '{status}'");
            }
            else if (!finished && hasCompletedOn)
            {
                Error(where, "completedOn", -1, completedOnLine, $"'completedOn' is not allowed when the status is '{status}'; only a completed or closed-off item has one");
            }
        }

        Register(_rectificationIndex, record.Id, Rectifications.Count, where, idLine);
        Rectifications.Add(record);
    }

    private EvidenceRecord[]? ParseEvidence(ref Utf8JsonReader reader, in JsonPathLocation where)
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            return null;
        }

        if (reader.TokenType != JsonTokenType.StartArray)
        {
            WrongType(ref reader, where, "evidence", -1, "an array of { kind, reference }");
            return null;
        }

        var items = new List<EvidenceRecord>(1);
        for (var i = 0; NextItem(ref reader); i++)
        {
            var item = where.Nested("evidence", i);
            if (reader.TokenType != JsonTokenType.StartObject)
            {
                WrongType(ref reader, item, null, -1, "an object { kind, reference }");
                continue;
            }

            var line = LineOf(ref reader);
            var seen = 0;
            var kind = -1;
            string? reference = null;
            while (NextProperty(ref reader))
            {
                if (reader.ValueTextEquals("kind"u8))
                {
                    Seen(ref reader, ref seen, 1, item, "kind");
                    Read(ref reader);
                    kind = ReadEnum(ref reader, item, "kind", DatasetEnums.EvidenceKind, true);
                }
                else if (reader.ValueTextEquals("reference"u8))
                {
                    Seen(ref reader, ref seen, 2, item, "reference");
                    Read(ref reader);
                    reference = ReadText(ref reader, item, "reference", true);
                }
                else
                {
                    Unknown(ref reader, item, EvidenceProperties);
                }
            }

            Require(seen, 1, item, "kind", line);
            Require(seen, 2, item, "reference", line);
            items.Add(new EvidenceRecord(kind, reference));
        }

        return items.ToArray();
    }

    private void ParseEvaluation(ref Utf8JsonReader reader, RectificationRecord record, in JsonPathLocation where)
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            return;
        }

        if (reader.TokenType != JsonTokenType.StartObject)
        {
            WrongType(ref reader, where, null, -1, "an object { by, on, satisfiedRate, respondents }");
            return;
        }

        record.HasEvaluation = true;
        var line = LineOf(ref reader);
        var seen = 0;
        while (NextProperty(ref reader))
        {
            if (reader.ValueTextEquals("by"u8))
            {
                Seen(ref reader, ref seen, 1, where, "by");
                Read(ref reader);
                record.EvaluationBy = ReadEnum(ref reader, where, "by", DatasetEnums.Evaluator, true);
            }
            else if (reader.ValueTextEquals("on"u8))
            {
                Seen(ref reader, ref seen, 2, where, "on");
                Read(ref reader);
                record.EvaluationOn = ReadDate(ref reader, where, "on", true);
            }
            else if (reader.ValueTextEquals("satisfiedRate"u8))
            {
                Seen(ref reader, ref seen, 4, where, "satisfiedRate");
                Read(ref reader);
                var rateLine = LineOf(ref reader);
                if (reader.TokenType != JsonTokenType.Null)
                {
                    // Present, even if invalid (reported on its own), so not also reported as missing.
                    seen |= 1 << 20;
                }

                var rate = ReadNumber(ref reader, where, "satisfiedRate");
                if (rate is { } r && !(r >= 0.0 && r <= 1.0))
                {
                    Error(where, "satisfiedRate", -1, rateLine, $"the satisfied rate {r.ToString(System.Globalization.CultureInfo.InvariantCulture)} is outside 0..1");
                    rate = null;
                }

                record.SatisfiedRate = rate;
            }
            else if (reader.ValueTextEquals("respondents"u8))
            {
                Seen(ref reader, ref seen, 8, where, "respondents");
                Read(ref reader);
                var respondentsLine = LineOf(ref reader);
                var respondents = ReadInteger(ref reader, where, "respondents");
                if (respondents < 0)
                {
                    Error(where, "respondents", -1, respondentsLine, $"the number of respondents {respondents} is negative");
                    respondents = null;
                }

                record.Respondents = respondents ?? 0;
            }
            else
            {
                Unknown(ref reader, where, EvaluationProperties);
            }
        }

        Require(seen, 1, where, "by", line);
        Require(seen, 2, where, "on", line);
        if (record.EvaluationBy == (int)EvaluatorKind.Masses && (seen & (1 << 20)) == 0)
        {
            Error(where, "satisfiedRate", -1, line, "'satisfiedRate' is required when the evaluation is by the masses");
        }
    }
}
