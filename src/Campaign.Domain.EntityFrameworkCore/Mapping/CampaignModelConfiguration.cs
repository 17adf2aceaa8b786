using Campaign.Domain.Campaigns;
using Campaign.Domain.Opinions;
using Campaign.Domain.People;
using Campaign.Domain.Problems;
using Campaign.Domain.Rectifications;
using Campaign.Domain.Units;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using N = Campaign.Domain.EntityFrameworkCore.StoreNames;

namespace Campaign.Domain.EntityFrameworkCore;

/// <summary>
/// The mapping of the domain model: entities by their ids, value objects as complex properties or an owned record,
/// enums by their C# names (with check constraints listing them), lists of ids as the provider's primitive
/// collections (a JSON array on SQLite, an array on PostgreSQL), evidence as one JSON column. Every table has a
/// <c>position</c> (the dataset order, for a lossless export) and a <c>version</c> (the concurrency token).
/// </summary>
internal static class CampaignModelConfiguration
{
    public static void Apply(ModelBuilder model, bool postgreSql)
    {
        model.Entity<CampaignRun>(e => MapCampaign(e));
        model.Entity<Unit>(e => MapUnit(e, postgreSql));
        model.Entity<Person>(e => MapPerson(e, postgreSql));
        model.Entity<Opinion>(e => MapOpinion(e, postgreSql));
        model.Entity<Problem>(e => MapProblem(e, postgreSql));
        model.Entity<Rectification>(e => MapRectification(e, postgreSql));
    }

    private static void MapCampaign(EntityTypeBuilder<CampaignRun> e)
    {
        e.ToTable(N.Campaigns.Table, t =>
        {
            t.HasCheckConstraint("ck_campaigns_single_row", $"{N.Campaigns.Id} = 1");
            t.HasCheckConstraint("ck_campaigns_batch", StoreEnumNames.CheckSql<CampaignBatch>(N.Campaigns.Batch));
            t.HasCheckConstraint("ck_campaigns_period", $"{N.Campaigns.EndsOn} >= {N.Campaigns.StartsOn}");
        });
        e.Property<int>("Id").HasColumnName(N.Campaigns.Id).ValueGeneratedNever();
        e.HasKey("Id");
        e.Property(c => c.Name).HasColumnName(N.Campaigns.Name).IsRequired();
        e.Property(c => c.Batch).HasColumnName(N.Campaigns.Batch).HasConversion<string>().HasMaxLength(16);
        e.Property(c => c.Start).HasColumnName(N.Campaigns.StartsOn);
        e.Property(c => c.End).HasColumnName(N.Campaigns.EndsOn);
        e.Property(c => c.AsOf).HasColumnName(N.Campaigns.AsOf);
        e.PrimitiveCollection(c => c.FocusLists).HasColumnName(N.Campaigns.FocusLists).IsRequired();
        e.Ignore(c => c.Year);
    }

    private static void MapUnit(EntityTypeBuilder<Unit> e, bool postgreSql)
    {
        e.ToTable(N.Units.Table, t =>
        {
            t.HasCheckConstraint("ck_units_kind", StoreEnumNames.CheckSql<UnitKind>(N.Units.Kind));
            t.HasCheckConstraint("ck_units_level", StoreEnumNames.CheckSql<UnitLevel>(N.Units.Level));
            t.HasCheckConstraint("ck_units_id", $"{N.Units.Id} <> ''");
            t.HasCheckConstraint(
                "ck_units_education",
                $"({N.Units.EducationStart} IS NULL AND {N.Units.EducationEnd} IS NULL) OR ({N.Units.EducationStart} IS NOT NULL AND {N.Units.EducationEnd} >= {N.Units.EducationStart})");
        });
        MapId(e, e.Property(u => u.Id), N.Units.Id, postgreSql);
        e.Property(u => u.Name).HasColumnName(N.Units.Name).IsRequired();
        e.Property(u => u.Kind).HasColumnName(N.Units.Kind).HasConversion<string>().HasMaxLength(32);
        e.Property(u => u.Level).HasColumnName(N.Units.Level).HasConversion<string>().HasMaxLength(16);
        Reference(e.Property(u => u.ParentId), N.Units.ParentId, postgreSql);
        e.HasOne<Unit>().WithMany().HasForeignKey(u => u.ParentId).OnDelete(DeleteBehavior.Restrict).HasConstraintName("fk_units_parent");
        e.ComplexProperty(u => u.Education, c =>
        {
            c.Property(p => p.Start).HasColumnName(N.Units.EducationStart);
            c.Property(p => p.End).HasColumnName(N.Units.EducationEnd);
        });
        e.OwnsOne(u => u.WeakLax, w =>
        {
            w.Property(x => x.DesignatedOn).HasColumnName(N.Units.DesignatedOn);
            w.Property(x => x.TeamStaffedOn).HasColumnName(N.Units.TeamStaffedOn);
            w.Property(x => x.ConsolidatedOn).HasColumnName(N.Units.ConsolidatedOn);
            Reference(w.Property(x => x.FirstSecretaryId), N.Units.FirstSecretaryId, postgreSql);
            w.Property(x => x.HasPlan).HasColumnName(N.Units.HasPlan);
            w.HasOne<Person>().WithMany().HasForeignKey(x => x.FirstSecretaryId).OnDelete(DeleteBehavior.Restrict).HasConstraintName("fk_units_first_secretary");
            w.Ignore(x => x.IsTeamStaffed);
            w.Ignore(x => x.IsConsolidated);
        });
        e.Ignore(u => u.IsWeakLax);
    }

    private static void MapPerson(EntityTypeBuilder<Person> e, bool postgreSql)
    {
        e.ToTable(N.People.Table, t =>
        {
            t.HasCheckConstraint("ck_people_role", StoreEnumNames.CheckSql<PersonRole>(N.People.Role));
            t.HasCheckConstraint("ck_people_id", $"{N.People.Id} <> ''");
        });
        MapId(e, e.Property(p => p.Id), N.People.Id, postgreSql);
        e.Property(p => p.Name).HasColumnName(N.People.Name).IsRequired();
        Reference(e.Property(p => p.UnitId), N.People.UnitId, postgreSql).IsRequired();
        e.HasOne<Unit>().WithMany().HasForeignKey(p => p.UnitId).OnDelete(DeleteBehavior.Restrict).HasConstraintName("fk_people_unit");
        e.Property(p => p.Role).HasColumnName(N.People.Role).HasConversion<string>().HasMaxLength(16);
        e.Ignore(p => p.IsLeadershipTeamMember);
    }

    private static void MapOpinion(EntityTypeBuilder<Opinion> e, bool postgreSql)
    {
        e.ToTable(N.Opinions.Table, t => t.HasCheckConstraint("ck_opinions_id", $"{N.Opinions.Id} <> ''"));
        MapId(e, e.Property(o => o.Id), N.Opinions.Id, postgreSql);
        Reference(e.Property(o => o.UnitId), N.Opinions.UnitId, postgreSql).IsRequired();
        e.HasOne<Unit>().WithMany().HasForeignKey(o => o.UnitId).OnDelete(DeleteBehavior.Restrict).HasConstraintName("fk_opinions_unit");
        Reference(e.Property(o => o.TargetPersonId), N.Opinions.TargetPersonId, postgreSql);
        e.HasOne<Person>().WithMany().HasForeignKey(o => o.TargetPersonId).OnDelete(DeleteBehavior.Restrict).HasConstraintName("fk_opinions_target_person");
        e.Property(o => o.Channel).HasColumnName(N.Opinions.Channel);
        e.Property(o => o.Text).HasColumnName(N.Opinions.Text).IsRequired();
        e.Property(o => o.ReceivedOn).HasColumnName(N.Opinions.ReceivedOn);
        e.Property(o => o.ClaimedOn).HasColumnName(N.Opinions.ClaimedOn);
        Reference(e.Property(o => o.ClaimedById), N.Opinions.ClaimedById, postgreSql);
        e.HasOne<Person>().WithMany().HasForeignKey(o => o.ClaimedById).OnDelete(DeleteBehavior.Restrict).HasConstraintName("fk_opinions_claimed_by");
        e.Property(o => o.ReportedBackOn).HasColumnName(N.Opinions.ReportedBackOn);
        e.Ignore(o => o.IsClaimed);
        e.Ignore(o => o.IsPersonal);
        e.Ignore(o => o.IsReportedBack);
    }

    private static void MapProblem(EntityTypeBuilder<Problem> e, bool postgreSql)
    {
        e.ToTable(N.Problems.Table, t =>
        {
            t.HasCheckConstraint("ck_problems_id", $"{N.Problems.Id} <> ''");
            t.HasCheckConstraint("ck_problems_category", StoreEnumNames.CheckSql<ProblemCategory>(N.Problems.Category));
            t.HasCheckConstraint("ck_problems_source", StoreEnumNames.CheckSql<ProblemSource>(N.Problems.Source));
            t.HasCheckConstraint("ck_problems_severity", StoreEnumNames.CheckSql<ProblemSeverity>(N.Problems.Severity));
            t.HasCheckConstraint(
                "ck_problems_owner",
                $"({N.Problems.OwnerLevel} = 'Team' AND {N.Problems.OwnerPersonId} IS NULL) OR ({N.Problems.OwnerLevel} = 'Individual' AND {N.Problems.OwnerPersonId} IS NOT NULL)");
        });
        MapId(e, e.Property(p => p.Id), N.Problems.Id, postgreSql);
        Reference(e.Property(p => p.UnitId), N.Problems.UnitId, postgreSql).IsRequired();
        e.HasOne<Unit>().WithMany().HasForeignKey(p => p.UnitId).OnDelete(DeleteBehavior.Restrict).HasConstraintName("fk_problems_unit");
        e.ComplexProperty(p => p.Owner, c =>
        {
            c.Property(o => o.Level).HasColumnName(N.Problems.OwnerLevel).HasConversion<string>().HasMaxLength(16);
            var person = c.Property(o => o.PersonId).HasColumnName(N.Problems.OwnerPersonId);
            if (postgreSql)
            {
                person.UseCollation("C");
            }

            c.Ignore(o => o.IsTeam);
        });
        e.Property(p => p.OwnerKey).HasColumnName(N.Problems.OwnerKey).IsRequired();
        e.Property(p => p.Category).HasColumnName(N.Problems.Category).HasConversion<string>().HasMaxLength(32);
        e.PrimitiveCollection(p => p.FourWinds).HasColumnName(N.Problems.FourWinds).IsRequired().ElementType(t => t.HasConversion<string>());
        e.Property(p => p.FocusId).HasColumnName(N.Problems.FocusId);
        e.Property(p => p.Text).HasColumnName(N.Problems.Text).IsRequired();
        e.Property(p => p.Source).HasColumnName(N.Problems.Source).HasConversion<string>().HasMaxLength(32);
        e.PrimitiveCollection(p => p.OpinionIds).HasColumnName(N.Problems.OpinionIds).IsRequired();
        e.Property(p => p.IdentifiedOn).HasColumnName(N.Problems.IdentifiedOn);
        e.Property(p => p.Severity).HasColumnName(N.Problems.Severity).HasConversion<string>().HasMaxLength(16);
    }

    private static void MapRectification(EntityTypeBuilder<Rectification> e, bool postgreSql)
    {
        const string finished = "'Completed', 'ClosedOff'";
        const string open = "'NotStarted', 'InProgress'";
        e.ToTable(N.Rectifications.Table, t =>
        {
            t.HasCheckConstraint("ck_rectifications_id", $"{N.Rectifications.Id} <> ''");
            t.HasCheckConstraint("ck_rectifications_mode", StoreEnumNames.CheckSql<RectificationMode>(N.Rectifications.Mode));
            t.HasCheckConstraint("ck_rectifications_status", StoreEnumNames.CheckSql<RectificationStatus>(N.Rectifications.Status));
            t.HasCheckConstraint(
                "ck_rectifications_completed_on",
                $"({N.Rectifications.Status} IN ({finished}) AND {N.Rectifications.CompletedOn} IS NOT NULL) OR ({N.Rectifications.Status} IN ({open}) AND {N.Rectifications.CompletedOn} IS NULL)");
            t.HasCheckConstraint("ck_rectifications_evaluation_by", StoreEnumNames.CheckSql<EvaluatorKind>(N.Rectifications.EvaluationBy, nullable: true));
            t.HasCheckConstraint(
                "ck_rectifications_satisfied_rate",
                $"{N.Rectifications.EvaluationSatisfiedRate} IS NULL OR ({N.Rectifications.EvaluationSatisfiedRate} >= 0 AND {N.Rectifications.EvaluationSatisfiedRate} <= 1)");
            t.HasCheckConstraint(
                "ck_rectifications_masses_rate",
                $"{N.Rectifications.EvaluationBy} IS NULL OR {N.Rectifications.EvaluationBy} <> 'Masses' OR {N.Rectifications.EvaluationSatisfiedRate} IS NOT NULL");
            t.HasCheckConstraint("ck_rectifications_respondents", $"{N.Rectifications.EvaluationRespondents} IS NULL OR {N.Rectifications.EvaluationRespondents} >= 0");
        });
        MapId(e, e.Property(r => r.Id), N.Rectifications.Id, postgreSql);
        e.PrimitiveCollection(r => r.ProblemIds).HasColumnName(N.Rectifications.ProblemIds).IsRequired();
        e.Property(r => r.Measure).HasColumnName(N.Rectifications.Measure).IsRequired();
        e.Property(r => r.Mode).HasColumnName(N.Rectifications.Mode).HasConversion<string>().HasMaxLength(16);
        Reference(e.Property(r => r.ResponsiblePersonId), N.Rectifications.ResponsiblePersonId, postgreSql);
        e.HasOne<Person>().WithMany().HasForeignKey(r => r.ResponsiblePersonId).OnDelete(DeleteBehavior.Restrict).HasConstraintName("fk_rectifications_responsible_person");
        Reference(e.Property(r => r.ResponsibleUnitId), N.Rectifications.ResponsibleUnitId, postgreSql);
        e.HasOne<Unit>().WithMany().HasForeignKey(r => r.ResponsibleUnitId).OnDelete(DeleteBehavior.Restrict).HasConstraintName("fk_rectifications_responsible_unit");
        e.Property(r => r.Deadline).HasColumnName(N.Rectifications.Deadline);
        e.Property(r => r.Status).HasColumnName(N.Rectifications.Status).HasConversion<string>().HasMaxLength(16);
        e.Property(r => r.CompletedOn).HasColumnName(N.Rectifications.CompletedOn);
        e.Ignore(r => r.Evidence);
        e.Property<List<Evidence>>("StoredEvidence")
            .HasColumnName(N.Rectifications.Evidence)
            .IsRequired()
            .HasConversion(
                v => EvidenceJson.Write(v),
                v => EvidenceJson.Read(v),
                new ValueComparer<List<Evidence>>(
                    (a, b) => a!.SequenceEqual(b!),
                    v => v.Aggregate(0, (h, x) => HashCode.Combine(h, x)),
                    v => v.ToList()));
        e.ComplexProperty(r => r.Evaluation, c =>
        {
            c.Property(v => v.By).HasColumnName(N.Rectifications.EvaluationBy).HasConversion<string>().HasMaxLength(16);
            c.Property(v => v.On).HasColumnName(N.Rectifications.EvaluationOn);
            c.Property(v => v.SatisfiedRate).HasColumnName(N.Rectifications.EvaluationSatisfiedRate);
            c.Property(v => v.Respondents).HasColumnName(N.Rectifications.EvaluationRespondents);
        });
        e.Ignore(r => r.IsFinished);
        e.Ignore(r => r.IsOpen);
    }

    // Every record table: the id as key (ordinal "C" collation on PostgreSQL, so ordering by id is ordinal as in .NET),
    // the dataset position (indexed: the streaming load and the export read in that order) and the concurrency token.
    private static void MapId<T>(EntityTypeBuilder<T> e, PropertyBuilder<string> id, string column, bool postgreSql)
        where T : class
    {
        id.HasColumnName(column).ValueGeneratedNever();
        if (postgreSql)
        {
            id.UseCollation("C");
        }

        e.HasKey(id.Metadata.Name);
        e.Property<long>(StoreNames.PositionProperty).HasColumnName(StoreNames.Position);
        e.HasIndex(StoreNames.PositionProperty);
        e.Property<int>(StoreNames.VersionProperty).HasColumnName(StoreNames.Version).IsConcurrencyToken();
    }

    private static PropertyBuilder<TProperty> Reference<TProperty>(PropertyBuilder<TProperty> property, string column, bool postgreSql)
    {
        property.HasColumnName(column);
        if (postgreSql)
        {
            property.UseCollation("C");
        }

        return property;
    }
}
