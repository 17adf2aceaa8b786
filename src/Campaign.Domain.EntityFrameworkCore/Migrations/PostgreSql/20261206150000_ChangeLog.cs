using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Campaign.Domain.EntityFrameworkCore.Migrations.PostgreSql
{
    /// <summary>The append-only change log (see ChangeLogTable); not part of the EF model, so the model snapshot is unchanged.</summary>
    [DbContext(typeof(PostgreSqlCampaignDbContext))]
    [Migration("20261206150000_ChangeLog")]
    internal sealed class ChangeLog : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(
                """
                CREATE TABLE change_log (
                    sequence bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
                    record_type text NOT NULL,
                    record_id text COLLATE "C" NOT NULL,
                    change text NOT NULL,
                    payload text NOT NULL
                );
                """);
            migrationBuilder.Sql(
                """
                CREATE FUNCTION change_log_append_only() RETURNS trigger LANGUAGE plpgsql AS
                $$ BEGIN RAISE EXCEPTION 'change_log is append-only'; END; $$;
                """);
            migrationBuilder.Sql(
                """
                CREATE TRIGGER change_log_append_only BEFORE UPDATE OR DELETE OR TRUNCATE ON change_log
                FOR EACH STATEMENT EXECUTE FUNCTION change_log_append_only();
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TABLE change_log;");
            migrationBuilder.Sql("DROP FUNCTION change_log_append_only();");
        }
    }
}
