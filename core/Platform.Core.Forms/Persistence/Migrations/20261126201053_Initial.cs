using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Platform.Core.Forms.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "forms_records",
                columns: table => new
                {
                    seq = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    id = table.Column<string>(type: "TEXT", maxLength: 36, nullable: false),
                    form_key = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    form_version = table.Column<int>(type: "INTEGER", nullable: false),
                    data = table.Column<string>(type: "TEXT", nullable: false),
                    revision = table.Column<long>(type: "INTEGER", nullable: false),
                    created_at_ticks = table.Column<long>(type: "INTEGER", nullable: false),
                    updated_at_ticks = table.Column<long>(type: "INTEGER", nullable: false),
                    created_by = table.Column<string>(type: "TEXT", maxLength: 36, nullable: true),
                    q1_text = table.Column<string>(type: "TEXT", nullable: true),
                    q1_num = table.Column<double>(type: "REAL", nullable: true),
                    q2_text = table.Column<string>(type: "TEXT", nullable: true),
                    q2_num = table.Column<double>(type: "REAL", nullable: true),
                    q3_text = table.Column<string>(type: "TEXT", nullable: true),
                    q3_num = table.Column<double>(type: "REAL", nullable: true),
                    q4_text = table.Column<string>(type: "TEXT", nullable: true),
                    q4_num = table.Column<double>(type: "REAL", nullable: true),
                    q5_text = table.Column<string>(type: "TEXT", nullable: true),
                    q5_num = table.Column<double>(type: "REAL", nullable: true),
                    q6_text = table.Column<string>(type: "TEXT", nullable: true),
                    q6_num = table.Column<double>(type: "REAL", nullable: true),
                    q7_text = table.Column<string>(type: "TEXT", nullable: true),
                    q7_num = table.Column<double>(type: "REAL", nullable: true),
                    q8_text = table.Column<string>(type: "TEXT", nullable: true),
                    q8_num = table.Column<double>(type: "REAL", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_forms_records", x => x.seq);
                    table.UniqueConstraint("ak_forms_records_id", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "forms_versions",
                columns: table => new
                {
                    form_key = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    version = table.Column<int>(type: "INTEGER", nullable: false),
                    definition = table.Column<string>(type: "TEXT", nullable: false),
                    slots = table.Column<string>(type: "TEXT", nullable: false),
                    published_at_ticks = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_forms_versions", x => new { x.form_key, x.version });
                });

            migrationBuilder.CreateTable(
                name: "forms_record_changes",
                columns: table => new
                {
                    record_id = table.Column<string>(type: "TEXT", maxLength: 36, nullable: false),
                    revision = table.Column<long>(type: "INTEGER", nullable: false),
                    at_ticks = table.Column<long>(type: "INTEGER", nullable: false),
                    by = table.Column<string>(type: "TEXT", maxLength: 36, nullable: true),
                    changes = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_forms_record_changes", x => new { x.record_id, x.revision });
                    table.ForeignKey(
                        name: "FK_forms_record_changes_forms_records_record_id",
                        column: x => x.record_id,
                        principalTable: "forms_records",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_forms_records_form",
                table: "forms_records",
                column: "form_key");

            migrationBuilder.CreateIndex(
                name: "ix_forms_records_q1_num",
                table: "forms_records",
                columns: new[] { "form_key", "q1_num" });

            migrationBuilder.CreateIndex(
                name: "ix_forms_records_q1_text",
                table: "forms_records",
                columns: new[] { "form_key", "q1_text" });

            migrationBuilder.CreateIndex(
                name: "ix_forms_records_q2_num",
                table: "forms_records",
                columns: new[] { "form_key", "q2_num" });

            migrationBuilder.CreateIndex(
                name: "ix_forms_records_q2_text",
                table: "forms_records",
                columns: new[] { "form_key", "q2_text" });

            migrationBuilder.CreateIndex(
                name: "ix_forms_records_q3_num",
                table: "forms_records",
                columns: new[] { "form_key", "q3_num" });

            migrationBuilder.CreateIndex(
                name: "ix_forms_records_q3_text",
                table: "forms_records",
                columns: new[] { "form_key", "q3_text" });

            migrationBuilder.CreateIndex(
                name: "ix_forms_records_q4_num",
                table: "forms_records",
                columns: new[] { "form_key", "q4_num" });

            migrationBuilder.CreateIndex(
                name: "ix_forms_records_q4_text",
                table: "forms_records",
                columns: new[] { "form_key", "q4_text" });

            migrationBuilder.CreateIndex(
                name: "ix_forms_records_q5_num",
                table: "forms_records",
                columns: new[] { "form_key", "q5_num" });

            migrationBuilder.CreateIndex(
                name: "ix_forms_records_q5_text",
                table: "forms_records",
                columns: new[] { "form_key", "q5_text" });

            migrationBuilder.CreateIndex(
                name: "ix_forms_records_q6_num",
                table: "forms_records",
                columns: new[] { "form_key", "q6_num" });

            migrationBuilder.CreateIndex(
                name: "ix_forms_records_q6_text",
                table: "forms_records",
                columns: new[] { "form_key", "q6_text" });

            migrationBuilder.CreateIndex(
                name: "ix_forms_records_q7_num",
                table: "forms_records",
                columns: new[] { "form_key", "q7_num" });

            migrationBuilder.CreateIndex(
                name: "ix_forms_records_q7_text",
                table: "forms_records",
                columns: new[] { "form_key", "q7_text" });

            migrationBuilder.CreateIndex(
                name: "ix_forms_records_q8_num",
                table: "forms_records",
                columns: new[] { "form_key", "q8_num" });

            migrationBuilder.CreateIndex(
                name: "ix_forms_records_q8_text",
                table: "forms_records",
                columns: new[] { "form_key", "q8_text" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "forms_record_changes");

            migrationBuilder.DropTable(
                name: "forms_versions");

            migrationBuilder.DropTable(
                name: "forms_records");
        }
    }
}
