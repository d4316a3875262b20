using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Platform.Apps.Documents.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class Approval : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "ApprovedAt",
                table: "documents_documents",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ApproverId",
                table: "documents_documents",
                type: "TEXT",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "ArchivedAt",
                table: "documents_documents",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "BodyVersion",
                table: "documents_documents",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<string>(
                name: "DrafterId",
                table: "documents_documents",
                type: "TEXT",
                maxLength: 64,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "InstanceId",
                table: "documents_documents",
                type: "TEXT",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "NewsNote",
                table: "documents_documents",
                type: "TEXT",
                maxLength: 500,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "NewsState",
                table: "documents_documents",
                type: "TEXT",
                maxLength: 32,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Number",
                table: "documents_documents",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "NumberSequence",
                table: "documents_documents",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "NumberYear",
                table: "documents_documents",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "RecordId",
                table: "documents_documents",
                type: "TEXT",
                maxLength: 64,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "TypeKey",
                table: "documents_documents",
                type: "TEXT",
                maxLength: 64,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<long>(
                name: "UpdatedAt",
                table: "documents_documents",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.CreateTable(
                name: "documents_attachments",
                columns: table => new
                {
                    Id = table.Column<string>(type: "TEXT", maxLength: 36, nullable: false),
                    DocumentId = table.Column<string>(type: "TEXT", maxLength: 36, nullable: false),
                    FileName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    ContentType = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Size = table.Column<long>(type: "INTEGER", nullable: false),
                    Sha256 = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    UploadedBy = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    UploadedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    IsCurrent = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_documents_attachments", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "documents_body_versions",
                columns: table => new
                {
                    DocumentId = table.Column<string>(type: "TEXT", maxLength: 36, nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Body = table.Column<string>(type: "TEXT", nullable: false),
                    AuthorId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_documents_body_versions", x => new { x.DocumentId, x.Version });
                });

            migrationBuilder.CreateTable(
                name: "documents_distributions",
                columns: table => new
                {
                    Id = table.Column<string>(type: "TEXT", maxLength: 36, nullable: false),
                    DocumentId = table.Column<string>(type: "TEXT", maxLength: 36, nullable: false),
                    DepartmentId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    SentBy = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    SentAt = table.Column<long>(type: "INTEGER", nullable: false),
                    HandledBy = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    HandledAt = table.Column<long>(type: "INTEGER", nullable: true),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_documents_distributions", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "documents_number_sequences",
                columns: table => new
                {
                    TypeKey = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    Last = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_documents_number_sequences", x => new { x.TypeKey, x.Year });
                });

            migrationBuilder.CreateTable(
                name: "documents_signatures",
                columns: table => new
                {
                    DocumentId = table.Column<string>(type: "TEXT", maxLength: 36, nullable: false),
                    UnitId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    KeyId = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    ContentSha256 = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Signature = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    SignerId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    SignedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_documents_signatures", x => x.DocumentId);
                });

            migrationBuilder.CreateTable(
                name: "documents_types",
                columns: table => new
                {
                    Key = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Direction = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    UnitId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    FormKey = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    ProcessKey = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    NumberPattern = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    NewsCategory = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_documents_types", x => x.Key);
                });

            migrationBuilder.CreateIndex(
                name: "IX_documents_documents_InstanceId",
                table: "documents_documents",
                column: "InstanceId");

            migrationBuilder.CreateIndex(
                name: "IX_documents_documents_TypeKey_NumberYear_NumberSequence",
                table: "documents_documents",
                columns: new[] { "TypeKey", "NumberYear", "NumberSequence" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_documents_attachments_DocumentId_FileName_Version",
                table: "documents_attachments",
                columns: new[] { "DocumentId", "FileName", "Version" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_documents_distributions_DepartmentId_Status",
                table: "documents_distributions",
                columns: new[] { "DepartmentId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_documents_distributions_DocumentId_DepartmentId",
                table: "documents_distributions",
                columns: new[] { "DocumentId", "DepartmentId" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "documents_attachments");

            migrationBuilder.DropTable(
                name: "documents_body_versions");

            migrationBuilder.DropTable(
                name: "documents_distributions");

            migrationBuilder.DropTable(
                name: "documents_number_sequences");

            migrationBuilder.DropTable(
                name: "documents_signatures");

            migrationBuilder.DropTable(
                name: "documents_types");

            migrationBuilder.DropIndex(
                name: "IX_documents_documents_InstanceId",
                table: "documents_documents");

            migrationBuilder.DropIndex(
                name: "IX_documents_documents_TypeKey_NumberYear_NumberSequence",
                table: "documents_documents");

            migrationBuilder.DropColumn(
                name: "ApprovedAt",
                table: "documents_documents");

            migrationBuilder.DropColumn(
                name: "ApproverId",
                table: "documents_documents");

            migrationBuilder.DropColumn(
                name: "ArchivedAt",
                table: "documents_documents");

            migrationBuilder.DropColumn(
                name: "BodyVersion",
                table: "documents_documents");

            migrationBuilder.DropColumn(
                name: "DrafterId",
                table: "documents_documents");

            migrationBuilder.DropColumn(
                name: "InstanceId",
                table: "documents_documents");

            migrationBuilder.DropColumn(
                name: "NewsNote",
                table: "documents_documents");

            migrationBuilder.DropColumn(
                name: "NewsState",
                table: "documents_documents");

            migrationBuilder.DropColumn(
                name: "Number",
                table: "documents_documents");

            migrationBuilder.DropColumn(
                name: "NumberSequence",
                table: "documents_documents");

            migrationBuilder.DropColumn(
                name: "NumberYear",
                table: "documents_documents");

            migrationBuilder.DropColumn(
                name: "RecordId",
                table: "documents_documents");

            migrationBuilder.DropColumn(
                name: "TypeKey",
                table: "documents_documents");

            migrationBuilder.DropColumn(
                name: "UpdatedAt",
                table: "documents_documents");
        }
    }
}
