using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Campaign.Domain.EntityFrameworkCore.Migrations.Sqlite
{
    /// <summary>The append-only change log (see ChangeLogTable); not part of the EF model, so the model snapshot is unchanged.</summary>
    [DbContext(typeof(SqliteCampaignDbContext))]
    [Migration("20261206150000_ChangeLog")]
    internal sealed class ChangeLog : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(
                """
                CREATE TABLE change_log (
                    sequence INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
                    record_type TEXT NOT NULL,
                    record_id TEXT NOT NULL,
                    change TEXT NOT NULL,
                    payload TEXT NOT NULL
                );
                """);
            migrationBuilder.Sql(
                """
                CREATE TRIGGER change_log_no_update BEFORE UPDATE ON change_log
                BEGIN SELECT RAISE(ABORT, 'change_log is append-only'); END;
                """);
            migrationBuilder.Sql(
                """
                CREATE TRIGGER change_log_no_delete BEFORE DELETE ON change_log
                BEGIN SELECT RAISE(ABORT, 'change_log is append-only'); END;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("DROP TABLE change_log;");
    }
}
