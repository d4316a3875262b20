using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Platform.Core.Workflow.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "wf_calendar_years",
                columns: table => new
                {
                    year = table.Column<int>(type: "INTEGER", nullable: false),
                    settings = table.Column<string>(type: "TEXT", nullable: false),
                    revision = table.Column<long>(type: "INTEGER", nullable: false),
                    updated_at_ticks = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_wf_calendar_years", x => x.year);
                });

            migrationBuilder.CreateTable(
                name: "wf_definitions",
                columns: table => new
                {
                    key = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    version = table.Column<int>(type: "INTEGER", nullable: false),
                    name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    app = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    form_key = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    definition = table.Column<string>(type: "TEXT", nullable: false),
                    published_at_ticks = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_wf_definitions", x => new { x.key, x.version });
                });

            migrationBuilder.CreateTable(
                name: "wf_history",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    instance_id = table.Column<string>(type: "TEXT", maxLength: 36, nullable: false),
                    sequence = table.Column<long>(type: "INTEGER", nullable: false),
                    action = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    node_id = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    work_item_id = table.Column<string>(type: "TEXT", maxLength: 36, nullable: true),
                    actor_id = table.Column<string>(type: "TEXT", maxLength: 36, nullable: true),
                    on_behalf_of_id = table.Column<string>(type: "TEXT", maxLength: 36, nullable: true),
                    opinion = table.Column<string>(type: "TEXT", nullable: true),
                    at_ticks = table.Column<long>(type: "INTEGER", nullable: false),
                    assigned_at_ticks = table.Column<long>(type: "INTEGER", nullable: true),
                    viewed_at_ticks = table.Column<long>(type: "INTEGER", nullable: true),
                    due_at_ticks = table.Column<long>(type: "INTEGER", nullable: true),
                    details = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_wf_history", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "wf_idempotency",
                columns: table => new
                {
                    actor_id = table.Column<string>(type: "TEXT", maxLength: 36, nullable: false),
                    key = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    operation = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    result = table.Column<string>(type: "TEXT", nullable: false),
                    at_ticks = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_wf_idempotency", x => new { x.actor_id, x.key });
                });

            migrationBuilder.CreateTable(
                name: "wf_instances",
                columns: table => new
                {
                    id = table.Column<string>(type: "TEXT", maxLength: 36, nullable: false),
                    process_key = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    version = table.Column<int>(type: "INTEGER", nullable: false),
                    title = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    app = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    record_id = table.Column<string>(type: "TEXT", maxLength: 36, nullable: true),
                    submitter_id = table.Column<string>(type: "TEXT", maxLength: 36, nullable: false),
                    submitter_department_id = table.Column<string>(type: "TEXT", maxLength: 36, nullable: true),
                    parent_id = table.Column<string>(type: "TEXT", maxLength: 36, nullable: true),
                    parent_run_id = table.Column<string>(type: "TEXT", maxLength: 36, nullable: true),
                    status = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    revision = table.Column<long>(type: "INTEGER", nullable: false),
                    started_at_ticks = table.Column<long>(type: "INTEGER", nullable: false),
                    ended_at_ticks = table.Column<long>(type: "INTEGER", nullable: true),
                    state = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_wf_instances", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "wf_work_items",
                columns: table => new
                {
                    id = table.Column<string>(type: "TEXT", maxLength: 36, nullable: false),
                    instance_id = table.Column<string>(type: "TEXT", maxLength: 36, nullable: false),
                    run_id = table.Column<string>(type: "TEXT", maxLength: 36, nullable: false),
                    node_id = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    node_name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    process_key = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    title = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    app = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    kind = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    state = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    live = table.Column<bool>(type: "INTEGER", nullable: false),
                    assignee_id = table.Column<string>(type: "TEXT", maxLength: 36, nullable: false),
                    on_behalf_of_id = table.Column<string>(type: "TEXT", maxLength: 36, nullable: true),
                    assignee_department_id = table.Column<string>(type: "TEXT", maxLength: 36, nullable: true),
                    position = table.Column<int>(type: "INTEGER", nullable: false),
                    added_by_id = table.Column<string>(type: "TEXT", maxLength: 36, nullable: true),
                    returns_to_id = table.Column<string>(type: "TEXT", maxLength: 36, nullable: true),
                    created_by_sequence = table.Column<long>(type: "INTEGER", nullable: false),
                    assigned_at_ticks = table.Column<long>(type: "INTEGER", nullable: false),
                    viewed_at_ticks = table.Column<long>(type: "INTEGER", nullable: true),
                    completed_at_ticks = table.Column<long>(type: "INTEGER", nullable: true),
                    due_at_ticks = table.Column<long>(type: "INTEGER", nullable: true),
                    outcome = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_wf_work_items", x => x.id);
                });

            migrationBuilder.CreateIndex(
                name: "ux_wf_history_instance_sequence",
                table: "wf_history",
                columns: new[] { "instance_id", "sequence" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_wf_instances_parent",
                table: "wf_instances",
                column: "parent_id");

            migrationBuilder.CreateIndex(
                name: "ix_wf_instances_record",
                table: "wf_instances",
                column: "record_id");

            migrationBuilder.CreateIndex(
                name: "ix_wf_instances_submitter",
                table: "wf_instances",
                columns: new[] { "submitter_id", "started_at_ticks" });

            migrationBuilder.CreateIndex(
                name: "ix_wf_work_items_assignee_state",
                table: "wf_work_items",
                columns: new[] { "assignee_id", "state", "assigned_at_ticks" });

            migrationBuilder.CreateIndex(
                name: "ix_wf_work_items_instance",
                table: "wf_work_items",
                columns: new[] { "instance_id", "live" });

            migrationBuilder.CreateIndex(
                name: "ix_wf_work_items_todo",
                table: "wf_work_items",
                columns: new[] { "assignee_id", "assigned_at_ticks" },
                filter: "live");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "wf_calendar_years");

            migrationBuilder.DropTable(
                name: "wf_definitions");

            migrationBuilder.DropTable(
                name: "wf_history");

            migrationBuilder.DropTable(
                name: "wf_idempotency");

            migrationBuilder.DropTable(
                name: "wf_instances");

            migrationBuilder.DropTable(
                name: "wf_work_items");
        }
    }
}
