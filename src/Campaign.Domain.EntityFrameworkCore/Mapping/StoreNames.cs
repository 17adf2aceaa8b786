namespace Campaign.Domain.EntityFrameworkCore;

/// <summary>
/// The table and column names of the store, shared by the EF Core model and the bulk paths (import, streaming load),
/// so that both address the same schema. All lower-case snake case: no quoting needed on either provider.
/// </summary>
internal static class StoreNames
{
    public const string Position = "position";
    public const string Version = "version";

    public const string PositionProperty = "Position";
    public const string VersionProperty = "Version";

    public static class Campaigns
    {
        public const string Table = "campaigns";
        public const string Id = "id";
        public const string Name = "name";
        public const string Batch = "batch";
        public const string StartsOn = "starts_on";
        public const string EndsOn = "ends_on";
        public const string AsOf = "as_of";
        public const string FocusLists = "focus_lists";
    }

    public static class Units
    {
        public const string Table = "units";
        public const string Id = "id";
        public const string Name = "name";
        public const string Kind = "kind";
        public const string Level = "level";
        public const string ParentId = "parent_id";
        public const string EducationStart = "education_start";
        public const string EducationEnd = "education_end";
        public const string DesignatedOn = "weak_lax_designated_on";
        public const string TeamStaffedOn = "weak_lax_team_staffed_on";
        public const string ConsolidatedOn = "weak_lax_consolidated_on";
        public const string FirstSecretaryId = "weak_lax_first_secretary_id";
        public const string HasPlan = "weak_lax_has_plan";
    }

    public static class People
    {
        public const string Table = "people";
        public const string Id = "id";
        public const string Name = "name";
        public const string UnitId = "unit_id";
        public const string Role = "role";
    }

    public static class Opinions
    {
        public const string Table = "opinions";
        public const string Id = "id";
        public const string UnitId = "unit_id";
        public const string TargetPersonId = "target_person_id";
        public const string Channel = "channel";
        public const string Text = "text";
        public const string ReceivedOn = "received_on";
        public const string ClaimedOn = "claimed_on";
        public const string ClaimedById = "claimed_by_id";
        public const string ReportedBackOn = "reported_back_on";
    }

    public static class Problems
    {
        public const string Table = "problems";
        public const string Id = "id";
        public const string UnitId = "unit_id";
        public const string OwnerLevel = "owner_level";
        public const string OwnerPersonId = "owner_person_id";
        public const string OwnerKey = "owner_key";
        public const string Category = "category";
        public const string FourWinds = "four_winds";
        public const string FocusId = "focus_id";
        public const string Text = "text";
        public const string Source = "source";
        public const string OpinionIds = "opinion_ids";
        public const string IdentifiedOn = "identified_on";
        public const string Severity = "severity";
    }

    public static class Rectifications
    {
        public const string Table = "rectifications";
        public const string Id = "id";
        public const string ProblemIds = "problem_ids";
        public const string Measure = "measure";
        public const string Mode = "mode";
        public const string ResponsiblePersonId = "responsible_person_id";
        public const string ResponsibleUnitId = "responsible_unit_id";
        public const string Deadline = "deadline";
        public const string Status = "status";
        public const string CompletedOn = "completed_on";
        public const string Evidence = "evidence";
        public const string EvaluationBy = "evaluation_by";
        public const string EvaluationOn = "evaluation_on";
        public const string EvaluationSatisfiedRate = "evaluation_satisfied_rate";
        public const string EvaluationRespondents = "evaluation_respondents";
    }
}
