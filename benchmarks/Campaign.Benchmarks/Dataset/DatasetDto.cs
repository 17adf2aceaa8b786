using System.Text.Json.Serialization;

namespace Campaign.Benchmarks.Dataset;

// Plain DTOs for the baseline: what System.Text.Json deserialises with no validation at all (enums stay strings).
#pragma warning disable CA1002, CA2227 // Mutable lists are what a plain DTO deserialises into.

internal sealed class DatasetDto
{
    public string? Format { get; set; }

    public CampaignDto? Campaign { get; set; }

    public List<UnitDto>? Units { get; set; }

    public List<PersonDto>? People { get; set; }

    public List<OpinionDto>? Opinions { get; set; }

    public List<ProblemDto>? Problems { get; set; }

    public List<RectificationDto>? Rectifications { get; set; }
}

internal sealed class CampaignDto
{
    public string? Name { get; set; }

    public string? Batch { get; set; }

    public DateOnly Start { get; set; }

    public DateOnly End { get; set; }

    public DateOnly? AsOf { get; set; }

    public List<string>? FocusLists { get; set; }
}

internal sealed class PeriodDto
{
    public DateOnly Start { get; set; }

    public DateOnly End { get; set; }
}

internal sealed class WeakLaxDto
{
    public DateOnly DesignatedOn { get; set; }

    public DateOnly? TeamStaffedOn { get; set; }

    public DateOnly? ConsolidatedOn { get; set; }

    public string? FirstSecretaryId { get; set; }

    public bool HasPlan { get; set; }
}

internal sealed class UnitDto
{
    public string? Id { get; set; }

    public string? Name { get; set; }

    public string? Kind { get; set; }

    public string? Level { get; set; }

    public string? ParentId { get; set; }

    public PeriodDto? Education { get; set; }

    public WeakLaxDto? WeakLax { get; set; }
}

internal sealed class PersonDto
{
    public string? Id { get; set; }

    public string? Name { get; set; }

    public string? UnitId { get; set; }

    public string? Role { get; set; }
}

internal sealed class OpinionDto
{
    public string? Id { get; set; }

    public string? UnitId { get; set; }

    public string? TargetPersonId { get; set; }

    public string? Channel { get; set; }

    public string? Text { get; set; }

    public DateOnly ReceivedOn { get; set; }

    public DateOnly? ClaimedOn { get; set; }

    public string? ClaimedById { get; set; }

    public DateOnly? ReportedBackOn { get; set; }
}

internal sealed class OwnerDto
{
    public string? Level { get; set; }

    public string? PersonId { get; set; }
}

internal sealed class ProblemDto
{
    public string? Id { get; set; }

    public string? UnitId { get; set; }

    public OwnerDto? Owner { get; set; }

    public string? Category { get; set; }

    public List<string>? FourWinds { get; set; }

    public string? FocusId { get; set; }

    public string? Text { get; set; }

    public string? Source { get; set; }

    public List<string>? OpinionIds { get; set; }

    public DateOnly IdentifiedOn { get; set; }

    public string? Severity { get; set; }
}

internal sealed class EvidenceDto
{
    public string? Kind { get; set; }

    public string? Reference { get; set; }
}

internal sealed class EvaluationDto
{
    public string? By { get; set; }

    public DateOnly On { get; set; }

    public double? SatisfiedRate { get; set; }

    public int Respondents { get; set; }
}

internal sealed class RectificationDto
{
    public string? Id { get; set; }

    public List<string>? ProblemIds { get; set; }

    public string? Measure { get; set; }

    public string? Mode { get; set; }

    public string? ResponsiblePersonId { get; set; }

    public string? ResponsibleUnitId { get; set; }

    public DateOnly? Deadline { get; set; }

    public string? Status { get; set; }

    public DateOnly? CompletedOn { get; set; }

    public List<EvidenceDto>? Evidence { get; set; }

    public EvaluationDto? Evaluation { get; set; }
}

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(DatasetDto))]
internal sealed partial class DatasetDtoContext : JsonSerializerContext
{
}
#pragma warning restore CA1002, CA2227
