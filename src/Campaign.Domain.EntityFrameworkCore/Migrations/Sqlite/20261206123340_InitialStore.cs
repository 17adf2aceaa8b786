using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Campaign.Domain.EntityFrameworkCore.Migrations.Sqlite
{
    /// <inheritdoc />
    internal partial class InitialStore : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "campaigns",
                columns: table => new
                {
                    id = table.Column<int>(type: "INTEGER", nullable: false),
                    name = table.Column<string>(type: "TEXT", nullable: false),
                    batch = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    starts_on = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ends_on = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    as_of = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    focus_lists = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_campaigns", x => x.id);
                    table.CheckConstraint("ck_campaigns_batch", "batch IN ('First', 'Second')");
                    table.CheckConstraint("ck_campaigns_period", "ends_on >= starts_on");
                    table.CheckConstraint("ck_campaigns_single_row", "id = 1");
                });

            migrationBuilder.CreateTable(
                name: "opinions",
                columns: table => new
                {
                    id = table.Column<string>(type: "TEXT", nullable: false),
                    unit_id = table.Column<string>(type: "TEXT", nullable: false),
                    target_person_id = table.Column<string>(type: "TEXT", nullable: true),
                    channel = table.Column<string>(type: "TEXT", nullable: true),
                    text = table.Column<string>(type: "TEXT", nullable: false),
                    received_on = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    claimed_on = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    claimed_by_id = table.Column<string>(type: "TEXT", nullable: true),
                    reported_back_on = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    position = table.Column<long>(type: "INTEGER", nullable: false),
                    version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_opinions", x => x.id);
                    table.CheckConstraint("ck_opinions_id", "id <> ''");
                });

            migrationBuilder.CreateTable(
                name: "people",
                columns: table => new
                {
                    id = table.Column<string>(type: "TEXT", nullable: false),
                    name = table.Column<string>(type: "TEXT", nullable: false),
                    unit_id = table.Column<string>(type: "TEXT", nullable: false),
                    role = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    position = table.Column<long>(type: "INTEGER", nullable: false),
                    version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_people", x => x.id);
                    table.CheckConstraint("ck_people_id", "id <> ''");
                    table.CheckConstraint("ck_people_role", "role IN ('PrincipalLeader', 'TeamMember', 'Member')");
                });

            migrationBuilder.CreateTable(
                name: "units",
                columns: table => new
                {
                    id = table.Column<string>(type: "TEXT", nullable: false),
                    name = table.Column<string>(type: "TEXT", nullable: false),
                    kind = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    level = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    parent_id = table.Column<string>(type: "TEXT", nullable: true),
                    weak_lax_designated_on = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    weak_lax_team_staffed_on = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    weak_lax_consolidated_on = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    weak_lax_first_secretary_id = table.Column<string>(type: "TEXT", nullable: true),
                    weak_lax_has_plan = table.Column<bool>(type: "INTEGER", nullable: true),
                    position = table.Column<long>(type: "INTEGER", nullable: false),
                    version = table.Column<int>(type: "INTEGER", nullable: false),
                    education_end = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    education_start = table.Column<DateOnly>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_units", x => x.id);
                    table.CheckConstraint("ck_units_education", "(education_start IS NULL AND education_end IS NULL) OR (education_start IS NOT NULL AND education_end >= education_start)");
                    table.CheckConstraint("ck_units_id", "id <> ''");
                    table.CheckConstraint("ck_units_kind", "kind IN ('CountyLeadership', 'DirectlyAffiliated', 'LawEnforcementOrWindow', 'ServiceIndustry', 'TownshipOrStreet', 'IndustrialCluster', 'VillageOrCommunity', 'EnterpriseOrInstitution', 'StateOwnedEnterprise', 'University', 'SchoolOrKindergarten', 'NonPublicEconomic', 'SocialOrganisation', 'OtherGrassroots')");
                    table.CheckConstraint("ck_units_level", "level IN ('Province', 'Prefecture', 'County', 'Township', 'Village')");
                    table.ForeignKey(
                        name: "fk_units_first_secretary",
                        column: x => x.weak_lax_first_secretary_id,
                        principalTable: "people",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_units_parent",
                        column: x => x.parent_id,
                        principalTable: "units",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "problems",
                columns: table => new
                {
                    id = table.Column<string>(type: "TEXT", nullable: false),
                    unit_id = table.Column<string>(type: "TEXT", nullable: false),
                    category = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    four_winds = table.Column<string>(type: "TEXT", nullable: false),
                    focus_id = table.Column<string>(type: "TEXT", nullable: true),
                    text = table.Column<string>(type: "TEXT", nullable: false),
                    source = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    opinion_ids = table.Column<string>(type: "TEXT", nullable: false),
                    identified_on = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    severity = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    owner_key = table.Column<string>(type: "TEXT", nullable: false),
                    position = table.Column<long>(type: "INTEGER", nullable: false),
                    version = table.Column<int>(type: "INTEGER", nullable: false),
                    owner_level = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    owner_person_id = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_problems", x => x.id);
                    table.CheckConstraint("ck_problems_category", "category IN ('FourWinds', 'Work', 'MassInterest', 'MalpracticeNearMasses', 'OrganisationalLaxity', 'Other')");
                    table.CheckConstraint("ck_problems_id", "id <> ''");
                    table.CheckConstraint("ck_problems_owner", "(owner_level = 'Team' AND owner_person_id IS NULL) OR (owner_level = 'Individual' AND owner_person_id IS NOT NULL)");
                    table.CheckConstraint("ck_problems_severity", "severity IN ('Normal', 'Serious')");
                    table.CheckConstraint("ck_problems_source", "source IN ('Opinion', 'SelfExamination', 'Supervision', 'UndercoverInspection', 'Other')");
                    table.ForeignKey(
                        name: "fk_problems_unit",
                        column: x => x.unit_id,
                        principalTable: "units",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "rectifications",
                columns: table => new
                {
                    id = table.Column<string>(type: "TEXT", nullable: false),
                    problem_ids = table.Column<string>(type: "TEXT", nullable: false),
                    measure = table.Column<string>(type: "TEXT", nullable: false),
                    mode = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    responsible_person_id = table.Column<string>(type: "TEXT", nullable: true),
                    responsible_unit_id = table.Column<string>(type: "TEXT", nullable: true),
                    deadline = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    completed_on = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    evidence = table.Column<string>(type: "TEXT", nullable: false),
                    position = table.Column<long>(type: "INTEGER", nullable: false),
                    version = table.Column<int>(type: "INTEGER", nullable: false),
                    evaluation_by = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    evaluation_on = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    evaluation_respondents = table.Column<int>(type: "INTEGER", nullable: true),
                    evaluation_satisfied_rate = table.Column<double>(type: "REAL", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_rectifications", x => x.id);
                    table.CheckConstraint("ck_rectifications_completed_on", "(status IN ('Completed', 'ClosedOff') AND completed_on IS NOT NULL) OR (status IN ('NotStarted', 'InProgress') AND completed_on IS NULL)");
                    table.CheckConstraint("ck_rectifications_evaluation_by", "evaluation_by IS NULL OR evaluation_by IN ('Masses', 'Self')");
                    table.CheckConstraint("ck_rectifications_id", "id <> ''");
                    table.CheckConstraint("ck_rectifications_masses_rate", "evaluation_by IS NULL OR evaluation_by <> 'Masses' OR evaluation_satisfied_rate IS NOT NULL");
                    table.CheckConstraint("ck_rectifications_mode", "mode IN ('Immediate', 'Scheduled')");
                    table.CheckConstraint("ck_rectifications_respondents", "evaluation_respondents IS NULL OR evaluation_respondents >= 0");
                    table.CheckConstraint("ck_rectifications_satisfied_rate", "evaluation_satisfied_rate IS NULL OR (evaluation_satisfied_rate >= 0 AND evaluation_satisfied_rate <= 1)");
                    table.CheckConstraint("ck_rectifications_status", "status IN ('NotStarted', 'InProgress', 'Completed', 'ClosedOff')");
                    table.ForeignKey(
                        name: "fk_rectifications_responsible_person",
                        column: x => x.responsible_person_id,
                        principalTable: "people",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_rectifications_responsible_unit",
                        column: x => x.responsible_unit_id,
                        principalTable: "units",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_opinions_claimed_by_id",
                table: "opinions",
                column: "claimed_by_id");

            migrationBuilder.CreateIndex(
                name: "IX_opinions_position",
                table: "opinions",
                column: "position");

            migrationBuilder.CreateIndex(
                name: "IX_opinions_target_person_id",
                table: "opinions",
                column: "target_person_id");

            migrationBuilder.CreateIndex(
                name: "IX_opinions_unit_id",
                table: "opinions",
                column: "unit_id");

            migrationBuilder.CreateIndex(
                name: "IX_people_position",
                table: "people",
                column: "position");

            migrationBuilder.CreateIndex(
                name: "IX_people_unit_id",
                table: "people",
                column: "unit_id");

            migrationBuilder.CreateIndex(
                name: "IX_problems_position",
                table: "problems",
                column: "position");

            migrationBuilder.CreateIndex(
                name: "IX_problems_unit_id",
                table: "problems",
                column: "unit_id");

            migrationBuilder.CreateIndex(
                name: "IX_rectifications_position",
                table: "rectifications",
                column: "position");

            migrationBuilder.CreateIndex(
                name: "IX_rectifications_responsible_person_id",
                table: "rectifications",
                column: "responsible_person_id");

            migrationBuilder.CreateIndex(
                name: "IX_rectifications_responsible_unit_id",
                table: "rectifications",
                column: "responsible_unit_id");

            migrationBuilder.CreateIndex(
                name: "IX_units_parent_id",
                table: "units",
                column: "parent_id");

            migrationBuilder.CreateIndex(
                name: "IX_units_position",
                table: "units",
                column: "position");

            migrationBuilder.CreateIndex(
                name: "IX_units_weak_lax_first_secretary_id",
                table: "units",
                column: "weak_lax_first_secretary_id");

            migrationBuilder.AddForeignKey(
                name: "fk_opinions_claimed_by",
                table: "opinions",
                column: "claimed_by_id",
                principalTable: "people",
                principalColumn: "id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "fk_opinions_target_person",
                table: "opinions",
                column: "target_person_id",
                principalTable: "people",
                principalColumn: "id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "fk_opinions_unit",
                table: "opinions",
                column: "unit_id",
                principalTable: "units",
                principalColumn: "id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "fk_people_unit",
                table: "people",
                column: "unit_id",
                principalTable: "units",
                principalColumn: "id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "fk_units_first_secretary",
                table: "units");

            migrationBuilder.DropTable(
                name: "campaigns");

            migrationBuilder.DropTable(
                name: "opinions");

            migrationBuilder.DropTable(
                name: "problems");

            migrationBuilder.DropTable(
                name: "rectifications");

            migrationBuilder.DropTable(
                name: "people");

            migrationBuilder.DropTable(
                name: "units");
        }
    }
}
