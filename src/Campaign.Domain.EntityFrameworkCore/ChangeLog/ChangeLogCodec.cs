using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using Campaign.Compliance.Monitoring;
using Campaign.Domain.Events;
using Campaign.Domain.Rectifications;
using Campaign.Domain.Units;

namespace Campaign.Domain.EntityFrameworkCore;

/// <summary>
/// Turns a domain event into a change log row (its values as JSON) and replays a row onto a monitor's own copy of the
/// record, by calling the same method with the same values, so the monitor's records raise the same events.
/// </summary>
internal static class ChangeLogCodec
{
    public const string Added = "Added";
    public const string Removed = "Removed";
    public const string DatasetImported = "DatasetImported";
    public const string DatasetRecord = "Dataset";

    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The row of an event; <paramref name="unitId"/> names the unit of a weak-and-lax record's event.</summary>
    public static StoredChange Encode(IDomainEvent domainEvent, string? unitId)
    {
        var name = domainEvent.GetType().Name;
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer, WriterOptions))
        {
            w.WriteStartObject();
            switch (domainEvent)
            {
                case RectificationStarted or RectificationClosedOff or WeakLaxPlanAdopted:
                    break;
                case RectificationCompleted e:
                    Date(w, "on", e.On);
                    WriteEvidence(w, e.Evidence);
                    break;
                case RectificationEvaluated e:
                    w.WriteString("by", e.Evaluation.By.ToString());
                    Date(w, "on", e.Evaluation.On);
                    if (e.Evaluation.SatisfiedRate is { } rate)
                    {
                        w.WriteNumber("satisfiedRate", rate);
                    }

                    w.WriteNumber("respondents", e.Evaluation.Respondents);
                    break;
                case RectificationEvidenceAdded e:
                    WriteEvidence(w, [e.Evidence]);
                    break;
                case RectificationDeadlineSet e:
                    Date(w, "deadline", e.Deadline);
                    break;
                case RectificationRescheduled e:
                    Date(w, "previousDeadline", e.PreviousDeadline);
                    Date(w, "newDeadline", e.NewDeadline);
                    break;
                case RectificationResponsiblePersonAssigned e:
                    w.WriteString("personId", e.PersonId);
                    break;
                case RectificationResponsibleUnitAssigned e:
                    w.WriteString("unitId", e.UnitId);
                    break;
                case OpinionClaimed e:
                    Date(w, "on", e.On);
                    if (e.ByPersonId is not null)
                    {
                        w.WriteString("byPersonId", e.ByPersonId);
                    }

                    break;
                case OpinionReportedBack e:
                    Date(w, "on", e.On);
                    break;
                case WeakLaxConsolidated e:
                    Date(w, "on", e.On);
                    break;
                case WeakLaxTeamStaffed e:
                    Date(w, "on", e.On);
                    break;
                case WeakLaxFirstSecretaryAssigned e:
                    w.WriteString("personId", e.PersonId);
                    break;
                default:
                    throw new InvalidOperationException($"The store cannot log the domain event {name}.");
            }

            w.WriteEndObject();
        }

        var payload = System.Text.Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
        return domainEvent switch
        {
            IRectificationEvent e => new StoredChange(0, nameof(Rectification), e.Rectification.Id, name, payload),
            IOpinionEvent e => new StoredChange(0, "Opinion", e.Opinion.Id, name, payload),
            IWeakLaxOrganisationEvent => new StoredChange(0, nameof(Unit), unitId ?? throw new InvalidOperationException("A weak-and-lax record changed whose unit the store does not track."), name, payload),
            _ => throw new InvalidOperationException($"The store cannot log the domain event {name}."),
        };
    }

    /// <summary>
    /// Makes the logged change on the monitor's copy of the record. False when the monitor cannot follow it
    /// incrementally (its record is missing, the change is not an event) and the dataset must be loaded again.
    /// </summary>
    public static bool TryReplay(StoredChange change, ComplianceMonitor monitor)
    {
        using var document = JsonDocument.Parse(change.Payload);
        var p = document.RootElement;
        switch (change.RecordType)
        {
            case nameof(Rectification):
                if (monitor.FindRectification(change.RecordId) is not { } r)
                {
                    return false;
                }

                switch (change.Change)
                {
                    case nameof(RectificationStarted): r.Start(); return true;
                    case nameof(RectificationClosedOff): r.CloseOff(); return true;
                    case nameof(RectificationCompleted): r.Complete(Date(p, "on"), ReadEvidence(p)); return true;
                    case nameof(RectificationEvaluated):
                        r.Evaluate(new Evaluation(
                            Enum.Parse<EvaluatorKind>(p.GetProperty("by").GetString()!),
                            Date(p, "on"),
                            p.TryGetProperty("satisfiedRate", out var rate) ? rate.GetDouble() : null,
                            p.GetProperty("respondents").GetInt32()));
                        return true;
                    case nameof(RectificationEvidenceAdded):
                        foreach (var item in ReadEvidence(p))
                        {
                            r.AddEvidence(item);
                        }

                        return true;
                    case nameof(RectificationDeadlineSet): r.SetDeadline(Date(p, "deadline")); return true;
                    case nameof(RectificationRescheduled): r.Reschedule(Date(p, "newDeadline")); return true;
                    case nameof(RectificationResponsiblePersonAssigned): r.AssignResponsiblePerson(p.GetProperty("personId").GetString()!); return true;
                    case nameof(RectificationResponsibleUnitAssigned): r.AssignResponsibleUnit(p.GetProperty("unitId").GetString()!); return true;
                    default: return false;
                }

            case "Opinion":
                if (monitor.FindOpinion(change.RecordId) is not { } o)
                {
                    return false;
                }

                switch (change.Change)
                {
                    case nameof(OpinionClaimed):
                        o.Claim(Date(p, "on"), p.TryGetProperty("byPersonId", out var by) ? by.GetString() : null);
                        return true;
                    case nameof(OpinionReportedBack): o.ReportBack(Date(p, "on")); return true;
                    default: return false;
                }

            case nameof(Unit):
                if (monitor.FindUnit(change.RecordId)?.WeakLax is not { } weakLax)
                {
                    return false;
                }

                switch (change.Change)
                {
                    case nameof(WeakLaxConsolidated): weakLax.Consolidate(Date(p, "on")); return true;
                    case nameof(WeakLaxTeamStaffed): weakLax.StaffTeam(Date(p, "on")); return true;
                    case nameof(WeakLaxFirstSecretaryAssigned): weakLax.AssignFirstSecretary(p.GetProperty("personId").GetString()!); return true;
                    case nameof(WeakLaxPlanAdopted): weakLax.AdoptPlan(); return true;
                    default: return false;
                }

            default:
                return false;
        }
    }

    private static void Date(Utf8JsonWriter w, string name, DateOnly value) =>
        w.WriteString(name, value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));

    private static DateOnly Date(JsonElement payload, string name) =>
        DateOnly.ParseExact(payload.GetProperty(name).GetString()!, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static void WriteEvidence(Utf8JsonWriter w, IEnumerable<Evidence> evidence)
    {
        w.WriteStartArray("evidence");
        foreach (var item in evidence)
        {
            w.WriteStartObject();
            w.WriteString("kind", item.Kind.ToString());
            w.WriteString("reference", item.Reference);
            w.WriteEndObject();
        }

        w.WriteEndArray();
    }

    private static List<Evidence> ReadEvidence(JsonElement payload)
    {
        var list = new List<Evidence>();
        foreach (var item in payload.GetProperty("evidence").EnumerateArray())
        {
            list.Add(new Evidence(Enum.Parse<EvidenceKind>(item.GetProperty("kind").GetString()!), item.GetProperty("reference").GetString()!));
        }

        return list;
    }
}
