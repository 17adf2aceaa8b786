using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text.Json;
using Campaign.Domain.Input;
using Campaign.Domain.Opinions;
using Campaign.Domain.People;
using Campaign.Domain.Problems;
using Campaign.Domain.Rectifications;

namespace Campaign.Domain.Serialization;

/// <summary>The objects of <c>campaign-dataset/1</c>, one method each; the reader is on the object's start when called.</summary>
internal sealed partial class DatasetParser
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

    private readonly IdIndex _unitIndex = new("unit", 0);
    private readonly IdIndex _personIndex = new("person", 1);
    private readonly IdIndex _opinionIndex = new("opinion", 2);
    private readonly IdIndex _problemIndex = new("problem", 3);
    private readonly IdIndex _rectificationIndex = new("rectification", 4);

    // One scratch record per large collection, reset for each item: the entity is built from it when the item ends.
    private readonly PersonRecord _person = new();
    private readonly OpinionRecord _opinion = new();
    private readonly ProblemRecord _problem = new();
    private readonly RectificationRecord _rectification = new();

    // The repetitive texts: a few hundred distinct values over millions of records in real ledgers.
    private readonly StringPool _personNames = new();
    private readonly StringPool _opinionTexts = new();
    private readonly StringPool _problemTexts = new();
    private readonly StringPool _measures = new();
    private readonly StringPool _evidenceReferences = new();

    // The unit id of each person by position (even when entities are no longer built), for the owner check.
    private readonly List<string?> _personUnitIds = [];
    private int _personCount;
    private int _opinionCount;
    private int _problemCount;
    private int _rectificationCount;

    public CampaignRecord? Campaign { get; private set; }

    public List<UnitRecord> Units { get; } = [];

    /// <summary>The people built so far; complete only when the document had no error.</summary>
    public List<Person> People { get; } = [];

    /// <summary>The opinions built so far; complete only when the document had no error.</summary>
    public List<Opinion> Opinions { get; } = [];

    /// <summary>The problems built so far; complete only when the document had no error.</summary>
    public List<Problem> Problems { get; } = [];

    /// <summary>The rectifications built so far; complete only when the document had no error.</summary>
    public List<Rectification> Rectifications { get; } = [];

    /// <summary>The id indexes (each id with the position of its first record), handed to the dataset when the document is valid.</summary>
    public (Dictionary<string, int> Units, Dictionary<string, int> People, Dictionary<string, int> Opinions, Dictionary<string, int> Problems, Dictionary<string, int> Rectifications) IdIndexes =>
        (_unitIndex.Positions, _personIndex.Positions, _opinionIndex.Positions, _problemIndex.Positions, _rectificationIndex.Positions);

    /// <summary>An invariant that an entity's constructor refused although the parser found no error (a parser gap).</summary>
    public ArgumentException? BuildFailure { get; private set; }

    /// <summary>Entities are built only while the document is error-free: once it is not, they would be thrown away.</summary>
    private bool Building => !Errors.HasErrors && BuildFailure is null && !_partFailed;

    private void ParseRoot(ref Utf8JsonReader reader)
    {
        var line = LineOf(ref reader);
        var seen = 0;
        var root = JsonPathLocation.Root;
        while (NextProperty(ref reader))
        {
            var property = PropertyName(ref reader);
            if (property.SequenceEqual("format"u8))
            {
                Seen(ref reader, ref seen, 1, root, "format");
                Read(ref reader);
                ParseFormat(ref reader);
            }
            else if (property.SequenceEqual("campaign"u8))
            {
                Seen(ref reader, ref seen, 2, root, "campaign");
                Read(ref reader);
                if (reader.TokenType == JsonTokenType.StartObject)
                {
                    Campaign = ParseCampaign(ref reader);
                }
                else
                {
                    WrongType(ref reader, root, "campaign", -1, "object");
                }
            }
            else if (property.SequenceEqual("units"u8))
            {
                Seen(ref reader, ref seen, 4, root, "units");
                Read(ref reader);
                StartCollection(4);
                ParseCollection(ref reader, "units", true);
                EndCollection(4);
            }
            else if (property.SequenceEqual("people"u8))
            {
                Seen(ref reader, ref seen, 8, root, "people");
                Read(ref reader);
                StartCollection(8);
                ParseCollection(ref reader, "people", false);
                EndCollection(8);
            }
            else if (property.SequenceEqual("opinions"u8))
            {
                Seen(ref reader, ref seen, 16, root, "opinions");
                Read(ref reader);
                StartCollection(16);
                ParseCollection(ref reader, "opinions", false);
                EndCollection(16);
            }
            else if (property.SequenceEqual("problems"u8))
            {
                Seen(ref reader, ref seen, 32, root, "problems");
                Read(ref reader);
                StartCollection(32);
                ParseCollection(ref reader, "problems", false);
                EndCollection(32);
            }
            else if (property.SequenceEqual("rectifications"u8))
            {
                Seen(ref reader, ref seen, 64, root, "rectifications");
                Read(ref reader);
                StartCollection(64);
                ParseCollection(ref reader, "rectifications", false);
                EndCollection(64);
            }
            else
            {
                Unknown(ref reader, root, RootProperties);
            }
        }

        RootSeen = seen;
        if (_part != DatasetPart.Whole)
        {
            // The parts of a parallel read are checked together once all of them are read.
            return;
        }

        Require(seen, 1, root, "format", line);
        Require(seen, 2, root, "campaign", line);
        Require(seen, 4, root, "units", line);
    }

    private void ParseFormat(ref Utf8JsonReader reader)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            WrongType(ref reader, JsonPathLocation.Root, "format", -1, "format", FormatName);
        }
        else if (!reader.ValueTextEquals(FormatName))
        {
            Error(JsonPathLocation.Root, "format", -1, LineOf(ref reader), InputErrorCode.UnsupportedFormat, Excerpt(ref reader), FormatName);
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void ParseCollection(ref Utf8JsonReader reader, string collection, bool required)
    {
        if (reader.TokenType == JsonTokenType.Null && !required)
        {
            return;
        }

        if (reader.TokenType != JsonTokenType.StartArray)
        {
            WrongType(ref reader, JsonPathLocation.Root, collection, -1, "array");
            return;
        }

        for (var index = 0; NextItem(ref reader); index++)
        {
            var where = new JsonPathLocation(collection, index);
            if (reader.TokenType != JsonTokenType.StartObject)
            {
                WrongType(ref reader, where, null, -1, "object");
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
            var property = PropertyName(ref reader);
            if (property.SequenceEqual("name"u8))
            {
                Seen(ref reader, ref seen, 1, where, "name");
                Read(ref reader);
                record.Name = ReadText(ref reader, where, "name", true, DatasetLimits.MaxNameLength);
                if (record.Name is not null && string.IsNullOrWhiteSpace(record.Name))
                {
                    Error(where, "name", -1, LineOf(ref reader), InputErrorCode.EmptyCampaignName);
                    record.Name = null;
                }
            }
            else if (property.SequenceEqual("batch"u8))
            {
                Seen(ref reader, ref seen, 2, where, "batch");
                Read(ref reader);
                record.Batch = ReadEnum(ref reader, where, "batch", DatasetEnums.Batch, true);
            }
            else if (property.SequenceEqual("start"u8))
            {
                Seen(ref reader, ref seen, 4, where, "start");
                Read(ref reader);
                startLine = LineOf(ref reader);
                record.Start = ReadDate(ref reader, where, "start", true);
            }
            else if (property.SequenceEqual("end"u8))
            {
                Seen(ref reader, ref seen, 8, where, "end");
                Read(ref reader);
                endLine = LineOf(ref reader);
                record.End = ReadDate(ref reader, where, "end", true);
            }
            else if (property.SequenceEqual("asOf"u8))
            {
                Seen(ref reader, ref seen, 16, where, "asOf");
                Read(ref reader);
                record.AsOf = ReadDate(ref reader, where, "asOf", false);
            }
            else if (property.SequenceEqual("focusLists"u8))
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
            WrongType(ref reader, where, "focusLists", -1, "codeArray");
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
                    Error(where, "focusLists", i, line, InputErrorCode.UnknownFocusList, code, string.Join(", ", catalog.Lists));
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
            Error(where, "end", -1, line, InputErrorCode.PeriodEndBeforeStart, e.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), s.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void Register(IdIndex index, string? id, int position, in JsonPathLocation where, int line)
    {
        if (id is null)
        {
            return;
        }

        if (!index.TryAdd(id, position))
        {
            Error(where, "id", -1, line, InputErrorCode.DuplicateId, id, new JsonPathLocation(where.Collection, index.PositionOf(id)).Path());
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
            var property = PropertyName(ref reader);
            if (property.SequenceEqual("id"u8))
            {
                Seen(ref reader, ref seen, 1, where, "id");
                Read(ref reader);
                idLine = LineOf(ref reader);
                record.Id = ReadOwnId(ref reader, where);
            }
            else if (property.SequenceEqual("name"u8))
            {
                Seen(ref reader, ref seen, 2, where, "name");
                Read(ref reader);
                record.Name = ReadText(ref reader, where, "name", true, DatasetLimits.MaxNameLength);
            }
            else if (property.SequenceEqual("kind"u8))
            {
                Seen(ref reader, ref seen, 4, where, "kind");
                Read(ref reader);
                record.Kind = ReadEnum(ref reader, where, "kind", DatasetEnums.UnitKind, true);
            }
            else if (property.SequenceEqual("level"u8))
            {
                Seen(ref reader, ref seen, 8, where, "level");
                Read(ref reader);
                record.Level = ReadEnum(ref reader, where, "level", DatasetEnums.UnitLevel, true);
            }
            else if (property.SequenceEqual("parentId"u8))
            {
                Seen(ref reader, ref seen, 16, where, "parentId");
                Read(ref reader);
                record.ParentId = ReadRef(ref reader, where, "parentId", false, _unitIndex);
            }
            else if (property.SequenceEqual("education"u8))
            {
                Seen(ref reader, ref seen, 32, where, "education");
                Read(ref reader);
                ParseEducation(ref reader, record, where.Nested("education"));
            }
            else if (property.SequenceEqual("weakLax"u8))
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
            WrongType(ref reader, where, null, -1, "periodObject");
            return;
        }

        record.HasEducation = true;
        var line = LineOf(ref reader);
        var seen = 0;
        var valueLine = line;
        while (NextProperty(ref reader))
        {
            var property = PropertyName(ref reader);
            if (property.SequenceEqual("start"u8))
            {
                Seen(ref reader, ref seen, 1, where, "start");
                Read(ref reader);
                record.EducationStart = ReadDate(ref reader, where, "start", true);
            }
            else if (property.SequenceEqual("end"u8))
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
            WrongType(ref reader, where, null, -1, "object");
            return;
        }

        record.HasWeakLax = true;
        var line = LineOf(ref reader);
        var seen = 0;
        while (NextProperty(ref reader))
        {
            var property = PropertyName(ref reader);
            if (property.SequenceEqual("designatedOn"u8))
            {
                Seen(ref reader, ref seen, 1, where, "designatedOn");
                Read(ref reader);
                record.DesignatedOn = ReadDate(ref reader, where, "designatedOn", true);
            }
            else if (property.SequenceEqual("teamStaffedOn"u8))
            {
                Seen(ref reader, ref seen, 2, where, "teamStaffedOn");
                Read(ref reader);
                record.TeamStaffedOn = ReadDate(ref reader, where, "teamStaffedOn", false);
            }
            else if (property.SequenceEqual("consolidatedOn"u8))
            {
                Seen(ref reader, ref seen, 4, where, "consolidatedOn");
                Read(ref reader);
                record.ConsolidatedOn = ReadDate(ref reader, where, "consolidatedOn", false);
            }
            else if (property.SequenceEqual("firstSecretaryId"u8))
            {
                Seen(ref reader, ref seen, 8, where, "firstSecretaryId");
                Read(ref reader);
                record.FirstSecretaryId = ReadRef(ref reader, where, "firstSecretaryId", false, _personIndex);
            }
            else if (property.SequenceEqual("hasPlan"u8))
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

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void ParsePerson(ref Utf8JsonReader reader, in JsonPathLocation where)
    {
        var record = _person;
        record.Reset();
        var line = LineOf(ref reader);
        var idLine = line;
        var seen = 0;
        while (NextProperty(ref reader))
        {
            var property = PropertyName(ref reader);
            if (property.SequenceEqual("id"u8))
            {
                Seen(ref reader, ref seen, 1, where, "id");
                Read(ref reader);
                idLine = LineOf(ref reader);
                record.Id = ReadOwnId(ref reader, where);
            }
            else if (property.SequenceEqual("name"u8))
            {
                Seen(ref reader, ref seen, 2, where, "name");
                Read(ref reader);
                record.Name = ReadText(ref reader, where, "name", true, DatasetLimits.MaxNameLength, _personNames);
            }
            else if (property.SequenceEqual("unitId"u8))
            {
                Seen(ref reader, ref seen, 4, where, "unitId");
                Read(ref reader);
                record.UnitId = ReadRef(ref reader, where, "unitId", true, _unitIndex);
            }
            else if (property.SequenceEqual("role"u8))
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
        var position = _personCount++;
        Register(_personIndex, record.Id, position, where, idLine);
        _personUnitIds.Add(record.UnitId?.Id);
        Pending(1, position, null, "unitId", -1, record.UnitId, _unitIndex);
        if (Building)
        {
            try
            {
                People.Add(new Person(record.Id!, record.Name!, record.UnitId!.Value.Id, (PersonRole)record.Role));
            }
            catch (ArgumentException e)
            {
                BuildFailure = e;
            }
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void ParseOpinion(ref Utf8JsonReader reader, in JsonPathLocation where)
    {
        var record = _opinion;
        record.Reset();
        var line = LineOf(ref reader);
        var idLine = line;
        var seen = 0;
        while (NextProperty(ref reader))
        {
            var property = PropertyName(ref reader);
            if (property.SequenceEqual("id"u8))
            {
                Seen(ref reader, ref seen, 1, where, "id");
                Read(ref reader);
                idLine = LineOf(ref reader);
                record.Id = ReadOwnId(ref reader, where);
            }
            else if (property.SequenceEqual("unitId"u8))
            {
                Seen(ref reader, ref seen, 2, where, "unitId");
                Read(ref reader);
                record.UnitId = ReadRef(ref reader, where, "unitId", true, _unitIndex);
            }
            else if (property.SequenceEqual("targetPersonId"u8))
            {
                Seen(ref reader, ref seen, 4, where, "targetPersonId");
                Read(ref reader);
                record.TargetPersonId = ReadRef(ref reader, where, "targetPersonId", false, _personIndex);
            }
            else if (property.SequenceEqual("channel"u8))
            {
                Seen(ref reader, ref seen, 8, where, "channel");
                Read(ref reader);

                // Channels are mostly the few known values: interned like ids, but any text (even empty) is allowed.
                if (reader.TokenType == JsonTokenType.String)
                {
                    record.Channel = TooLong(ref reader, where, "channel", -1, DatasetLimits.MaxChannelLength) ? null : DecodeInterned(ref reader);
                }
                else
                {
                    record.Channel = ReadText(ref reader, where, "channel", false, DatasetLimits.MaxChannelLength);
                }
            }
            else if (property.SequenceEqual("text"u8))
            {
                Seen(ref reader, ref seen, 16, where, "text");
                Read(ref reader);
                record.Text = ReadText(ref reader, where, "text", true, DatasetLimits.MaxTextLength, _opinionTexts);
            }
            else if (property.SequenceEqual("receivedOn"u8))
            {
                Seen(ref reader, ref seen, 32, where, "receivedOn");
                Read(ref reader);
                record.ReceivedOn = ReadDate(ref reader, where, "receivedOn", true);
            }
            else if (property.SequenceEqual("claimedOn"u8))
            {
                Seen(ref reader, ref seen, 64, where, "claimedOn");
                Read(ref reader);
                record.ClaimedOn = ReadDate(ref reader, where, "claimedOn", false);
            }
            else if (property.SequenceEqual("claimedById"u8))
            {
                Seen(ref reader, ref seen, 128, where, "claimedById");
                Read(ref reader);
                record.ClaimedById = ReadRef(ref reader, where, "claimedById", false, _personIndex);
            }
            else if (property.SequenceEqual("reportedBackOn"u8))
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
        var position = _opinionCount++;
        Register(_opinionIndex, record.Id, position, where, idLine);
        Pending(2, position, null, "unitId", -1, record.UnitId, _unitIndex);
        Pending(2, position, null, "targetPersonId", -1, record.TargetPersonId, _personIndex);
        Pending(2, position, null, "claimedById", -1, record.ClaimedById, _personIndex);
        if (Building)
        {
            try
            {
                Opinions.Add(new Opinion(
                    record.Id!,
                    record.UnitId!.Value.Id,
                    record.Text!,
                    record.ReceivedOn!.Value,
                    record.TargetPersonId?.Id,
                    record.Channel,
                    record.ClaimedOn,
                    record.ClaimedById?.Id,
                    record.ReportedBackOn));
            }
            catch (ArgumentException e)
            {
                BuildFailure = e;
            }
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void ParseProblem(ref Utf8JsonReader reader, in JsonPathLocation where)
    {
        var record = _problem;
        record.Reset();
        var line = LineOf(ref reader);
        var idLine = line;
        var fourWindsLine = line;
        var seen = 0;
        while (NextProperty(ref reader))
        {
            var property = PropertyName(ref reader);
            if (property.SequenceEqual("id"u8))
            {
                Seen(ref reader, ref seen, 1, where, "id");
                Read(ref reader);
                idLine = LineOf(ref reader);
                record.Id = ReadOwnId(ref reader, where);
            }
            else if (property.SequenceEqual("unitId"u8))
            {
                Seen(ref reader, ref seen, 2, where, "unitId");
                Read(ref reader);
                record.UnitId = ReadRef(ref reader, where, "unitId", true, _unitIndex);
            }
            else if (property.SequenceEqual("owner"u8))
            {
                Seen(ref reader, ref seen, 4, where, "owner");
                Read(ref reader);
                ParseOwner(ref reader, record, where.Nested("owner"));
            }
            else if (property.SequenceEqual("category"u8))
            {
                Seen(ref reader, ref seen, 8, where, "category");
                Read(ref reader);
                record.Category = ReadEnum(ref reader, where, "category", DatasetEnums.Category, true);
            }
            else if (property.SequenceEqual("fourWinds"u8))
            {
                Seen(ref reader, ref seen, 16, where, "fourWinds");
                Read(ref reader);
                fourWindsLine = LineOf(ref reader);
                record.HasFourWinds = ParseFourWinds(ref reader, where, record.FourWinds);
            }
            else if (property.SequenceEqual("focusId"u8))
            {
                Seen(ref reader, ref seen, 32, where, "focusId");
                Read(ref reader);
                var focusLine = LineOf(ref reader);
                record.FocusId = ReadId(ref reader, where, "focusId", false);
                if (record.FocusId is { } focusId && !_options.FocusCatalog.Contains(focusId))
                {
                    Error(where, "focusId", -1, focusLine, InputErrorCode.UnknownFocusId, focusId);
                }
            }
            else if (property.SequenceEqual("text"u8))
            {
                Seen(ref reader, ref seen, 64, where, "text");
                Read(ref reader);
                record.Text = ReadText(ref reader, where, "text", true, DatasetLimits.MaxTextLength, _problemTexts);
            }
            else if (property.SequenceEqual("source"u8))
            {
                Seen(ref reader, ref seen, 128, where, "source");
                Read(ref reader);
                record.Source = ReadEnum(ref reader, where, "source", DatasetEnums.Source, true);
            }
            else if (property.SequenceEqual("opinionIds"u8))
            {
                Seen(ref reader, ref seen, 256, where, "opinionIds");
                Read(ref reader);
                record.HasOpinionIds = ReadRefArray(ref reader, where, "opinionIds", false, _opinionIndex, record.OpinionIds);
            }
            else if (property.SequenceEqual("identifiedOn"u8))
            {
                Seen(ref reader, ref seen, 512, where, "identifiedOn");
                Read(ref reader);
                record.IdentifiedOn = ReadDate(ref reader, where, "identifiedOn", true);
            }
            else if (property.SequenceEqual("severity"u8))
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
        if (record.HasFourWinds && record.Category >= 0 && record.Category != (int)ProblemCategory.FourWinds)
        {
            Error(where, "fourWinds", -1, fourWindsLine, InputErrorCode.FourWindsNotAllowed, DatasetEnums.Category.Names[record.Category]);
        }

        var position = _problemCount++;
        Register(_problemIndex, record.Id, position, where, idLine);
        Pending(3, position, null, "unitId", -1, record.UnitId, _unitIndex);
        if (record.OwnerPersonId is { } owner)
        {
            if (_part == DatasetPart.Later)
            {
                LaterOwner(owner, record.UnitId);
            }
            else if (owner.Target < 0 || OwnerElsewhere(owner.Target, record.UnitId))
            {
                _issues.Add(new ReferenceIssue(3, position, "owner", "personId", -1, owner, _personIndex, record.UnitId?.Id));
            }
        }

        if (record.HasOpinionIds)
        {
            for (var i = 0; i < record.OpinionIds.Count; i++)
            {
                Pending(3, position, null, "opinionIds", i, record.OpinionIds[i], _opinionIndex);
            }
        }

        if (Building)
        {
            BuildProblem(record);
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void ParseOwner(ref Utf8JsonReader reader, ProblemRecord record, in JsonPathLocation where)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            WrongType(ref reader, where, null, -1, "ownerObject");
            return;
        }

        var line = LineOf(ref reader);
        var personLine = line;
        var personGiven = false;
        var seen = 0;
        while (NextProperty(ref reader))
        {
            var property = PropertyName(ref reader);
            if (property.SequenceEqual("level"u8))
            {
                Seen(ref reader, ref seen, 1, where, "level");
                Read(ref reader);
                record.OwnerLevel = ReadEnum(ref reader, where, "level", DatasetEnums.OwnerLevel, true);
            }
            else if (property.SequenceEqual("personId"u8))
            {
                Seen(ref reader, ref seen, 2, where, "personId");
                Read(ref reader);
                personLine = LineOf(ref reader);
                personGiven = reader.TokenType != JsonTokenType.Null;
                record.OwnerPersonId = ReadRef(ref reader, where, "personId", false, _personIndex);
            }
            else
            {
                Unknown(ref reader, where, OwnerProperties);
            }
        }

        Require(seen, 1, where, "level", line);
        if (record.OwnerLevel == (int)ProblemOwnerLevel.Individual && !personGiven)
        {
            Error(where, "personId", -1, line, InputErrorCode.OwnerPersonRequired);
        }
        else if (record.OwnerLevel == (int)ProblemOwnerLevel.Team && record.OwnerPersonId is not null)
        {
            Error(where, "personId", -1, personLine, InputErrorCode.TeamOwnerWithPerson);
        }
    }

    /// <summary>Reads <c>fourWinds</c> into <paramref name="winds"/> (cleared first); false when it is null or not an array.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private bool ParseFourWinds(ref Utf8JsonReader reader, in JsonPathLocation where, List<FourWind> winds)
    {
        winds.Clear();
        if (reader.TokenType == JsonTokenType.Null)
        {
            return false;
        }

        if (reader.TokenType != JsonTokenType.StartArray)
        {
            WrongType(ref reader, where, "fourWinds", -1, "enumArray", DatasetEnums.FourWind.Allowed);
            return false;
        }

        for (var i = 0; NextItem(ref reader); i++)
        {
            var wind = ReadEnum(ref reader, where, "fourWinds", DatasetEnums.FourWind, true, i);
            if (wind >= 0)
            {
                winds.Add((FourWind)wind);
            }
        }

        return true;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void ParseRectification(ref Utf8JsonReader reader, in JsonPathLocation where)
    {
        var record = _rectification;
        record.Reset();
        var line = LineOf(ref reader);
        var idLine = line;
        var problemIdsLine = line;
        var completedOnLine = line;
        var seen = 0;
        while (NextProperty(ref reader))
        {
            var property = PropertyName(ref reader);
            if (property.SequenceEqual("id"u8))
            {
                Seen(ref reader, ref seen, 1, where, "id");
                Read(ref reader);
                idLine = LineOf(ref reader);
                record.Id = ReadOwnId(ref reader, where);
            }
            else if (property.SequenceEqual("problemIds"u8))
            {
                Seen(ref reader, ref seen, 2, where, "problemIds");
                Read(ref reader);
                problemIdsLine = LineOf(ref reader);
                record.HasProblemIds = ReadRefArray(ref reader, where, "problemIds", true, _problemIndex, record.ProblemIds);
                if (record.HasProblemIds && record.ProblemIds.Count == 0)
                {
                    Error(where, "problemIds", -1, problemIdsLine, InputErrorCode.NoProblemIds);
                }
            }
            else if (property.SequenceEqual("measure"u8))
            {
                Seen(ref reader, ref seen, 4, where, "measure");
                Read(ref reader);
                record.Measure = ReadText(ref reader, where, "measure", true, DatasetLimits.MaxTextLength, _measures);
            }
            else if (property.SequenceEqual("mode"u8))
            {
                Seen(ref reader, ref seen, 8, where, "mode");
                Read(ref reader);
                record.Mode = ReadEnum(ref reader, where, "mode", DatasetEnums.Mode, true);
            }
            else if (property.SequenceEqual("responsiblePersonId"u8))
            {
                Seen(ref reader, ref seen, 16, where, "responsiblePersonId");
                Read(ref reader);
                record.ResponsiblePersonId = ReadRef(ref reader, where, "responsiblePersonId", false, _personIndex);
            }
            else if (property.SequenceEqual("responsibleUnitId"u8))
            {
                Seen(ref reader, ref seen, 32, where, "responsibleUnitId");
                Read(ref reader);
                record.ResponsibleUnitId = ReadRef(ref reader, where, "responsibleUnitId", false, _unitIndex);
            }
            else if (property.SequenceEqual("deadline"u8))
            {
                Seen(ref reader, ref seen, 64, where, "deadline");
                Read(ref reader);
                record.Deadline = ReadDate(ref reader, where, "deadline", false);
            }
            else if (property.SequenceEqual("status"u8))
            {
                Seen(ref reader, ref seen, 128, where, "status");
                Read(ref reader);
                record.Status = ReadEnum(ref reader, where, "status", DatasetEnums.Status, true);
            }
            else if (property.SequenceEqual("completedOn"u8))
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
            else if (property.SequenceEqual("evidence"u8))
            {
                Seen(ref reader, ref seen, 512, where, "evidence");
                Read(ref reader);
                record.HasEvidence = ParseEvidence(ref reader, where, record.Evidence);
            }
            else if (property.SequenceEqual("evaluation"u8))
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
                Error(where, "completedOn", -1, line, InputErrorCode.CompletedOnRequired, status);
            }
            else if (!finished && hasCompletedOn)
            {
                Error(where, "completedOn", -1, completedOnLine, InputErrorCode.CompletedOnNotAllowed, status);
            }
        }

        var position = _rectificationCount++;
        Register(_rectificationIndex, record.Id, position, where, idLine);
        if (record.HasProblemIds)
        {
            for (var i = 0; i < record.ProblemIds.Count; i++)
            {
                Pending(4, position, null, "problemIds", i, record.ProblemIds[i], _problemIndex);
            }
        }

        Pending(4, position, null, "responsiblePersonId", -1, record.ResponsiblePersonId, _personIndex);
        Pending(4, position, null, "responsibleUnitId", -1, record.ResponsibleUnitId, _unitIndex);
        if (Building)
        {
            BuildRectification(record);
        }
    }

    /// <summary>Reads <c>evidence</c> into <paramref name="items"/> (cleared first); false when it is null or not an array.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private bool ParseEvidence(ref Utf8JsonReader reader, in JsonPathLocation where, List<EvidenceRecord> items)
    {
        items.Clear();
        if (reader.TokenType == JsonTokenType.Null)
        {
            return false;
        }

        if (reader.TokenType != JsonTokenType.StartArray)
        {
            WrongType(ref reader, where, "evidence", -1, "evidenceArray");
            return false;
        }

        for (var i = 0; NextItem(ref reader); i++)
        {
            var item = where.Nested("evidence", i);
            if (reader.TokenType != JsonTokenType.StartObject)
            {
                WrongType(ref reader, item, null, -1, "evidenceObject");
                continue;
            }

            var line = LineOf(ref reader);
            var seen = 0;
            var kind = -1;
            string? reference = null;
            while (NextProperty(ref reader))
            {
                var property = PropertyName(ref reader);
                if (property.SequenceEqual("kind"u8))
                {
                    Seen(ref reader, ref seen, 1, item, "kind");
                    Read(ref reader);
                    kind = ReadEnum(ref reader, item, "kind", DatasetEnums.EvidenceKind, true);
                }
                else if (property.SequenceEqual("reference"u8))
                {
                    Seen(ref reader, ref seen, 2, item, "reference");
                    Read(ref reader);
                    reference = ReadText(ref reader, item, "reference", true, DatasetLimits.MaxReferenceLength, _evidenceReferences);
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

        return true;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void ParseEvaluation(ref Utf8JsonReader reader, RectificationRecord record, in JsonPathLocation where)
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            return;
        }

        if (reader.TokenType != JsonTokenType.StartObject)
        {
            WrongType(ref reader, where, null, -1, "evaluationObject");
            return;
        }

        record.HasEvaluation = true;
        var line = LineOf(ref reader);
        var seen = 0;
        while (NextProperty(ref reader))
        {
            var property = PropertyName(ref reader);
            if (property.SequenceEqual("by"u8))
            {
                Seen(ref reader, ref seen, 1, where, "by");
                Read(ref reader);
                record.EvaluationBy = ReadEnum(ref reader, where, "by", DatasetEnums.Evaluator, true);
            }
            else if (property.SequenceEqual("on"u8))
            {
                Seen(ref reader, ref seen, 2, where, "on");
                Read(ref reader);
                record.EvaluationOn = ReadDate(ref reader, where, "on", true);
            }
            else if (property.SequenceEqual("satisfiedRate"u8))
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
                    Error(where, "satisfiedRate", -1, rateLine, InputErrorCode.SatisfiedRateOutOfRange, r.ToString(CultureInfo.InvariantCulture));
                    rate = null;
                }

                record.SatisfiedRate = rate;
            }
            else if (property.SequenceEqual("respondents"u8))
            {
                Seen(ref reader, ref seen, 8, where, "respondents");
                Read(ref reader);
                var respondentsLine = LineOf(ref reader);
                var respondents = ReadInteger(ref reader, where, "respondents");
                if (respondents < 0)
                {
                    Error(where, "respondents", -1, respondentsLine, InputErrorCode.NegativeRespondents, respondents.Value.ToString(CultureInfo.InvariantCulture));
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
            Error(where, "satisfiedRate", -1, line, InputErrorCode.SatisfiedRateRequired);
        }
    }
}
