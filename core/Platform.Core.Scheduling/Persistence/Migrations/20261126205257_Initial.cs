using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Platform.Core.Scheduling.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "sched_jobs",
                columns: table => new
                {
                    id = table.Column<string>(type: "TEXT", maxLength: 36, nullable: false),
                    kind = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    key = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    due_at_ticks = table.Column<long>(type: "INTEGER", nullable: false),
                    payload = table.Column<string>(type: "TEXT", nullable: true),
                    created_at_ticks = table.Column<long>(type: "INTEGER", nullable: false),
                    attempts = table.Column<int>(type: "INTEGER", nullable: false),
                    fired_at_ticks = table.Column<long>(type: "INTEGER", nullable: true),
                    failed_at_ticks = table.Column<long>(type: "INTEGER", nullable: true),
                    last_error = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_sched_jobs", x => x.id);
                });

            migrationBuilder.CreateIndex(
                name: "ix_sched_jobs_due",
                table: "sched_jobs",
                column: "due_at_ticks",
                filter: "fired_at_ticks IS NULL AND failed_at_ticks IS NULL");

            migrationBuilder.CreateIndex(
                name: "ix_sched_jobs_failed",
                table: "sched_jobs",
                column: "failed_at_ticks",
                filter: "failed_at_ticks IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "ux_sched_jobs_pending_key",
                table: "sched_jobs",
                columns: new[] { "kind", "key" },
                unique: true,
                filter: "fired_at_ticks IS NULL AND failed_at_ticks IS NULL AND key IS NOT NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "sched_jobs");
        }
    }
}
