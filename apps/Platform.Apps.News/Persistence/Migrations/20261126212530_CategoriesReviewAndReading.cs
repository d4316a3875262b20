using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Platform.Apps.News.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class CategoriesReviewAndReading : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "news_categories",
                columns: table => new
                {
                    Key = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Editors = table.Column<string>(type: "TEXT", nullable: false),
                    Reviewers = table.Column<string>(type: "TEXT", nullable: false),
                    Readers = table.Column<string>(type: "TEXT", nullable: false),
                    ReviewProcessKey = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_news_categories", x => x.Key);
                });

            // The default category: articles sent by other apps without a category, and every article written before
            // categories existed, go here. Everyone reads it; only administrators edit it until it is configured.
            var created = new DateTimeOffset(2026, 11, 26, 0, 0, 0, TimeSpan.Zero).UtcTicks;
            migrationBuilder.InsertData(
                table: "news_categories",
                columns: new[] { "Key", "Name", "Editors", "Reviewers", "Readers", "ReviewProcessKey", "CreatedAt", "UpdatedAt" },
                values: new object[] { "general", "General", "[]", "[]", "[\"everyone\"]", null, created, created });

            migrationBuilder.AlterColumn<long>(
                name: "PublishedAt",
                table: "news_articles",
                type: "INTEGER",
                nullable: true,
                oldClrType: typeof(long),
                oldType: "INTEGER");

            migrationBuilder.AddColumn<string>(
                name: "AuthorId",
                table: "news_articles",
                type: "TEXT",
                maxLength: 64,
                nullable: false,
                defaultValue: "system");

            migrationBuilder.AddColumn<string>(
                name: "CategoryKey",
                table: "news_articles",
                type: "TEXT",
                maxLength: 64,
                nullable: false,
                defaultValue: "general");

            migrationBuilder.AddColumn<string>(
                name: "CoverContentType",
                table: "news_articles",
                type: "TEXT",
                maxLength: 32,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "CoverHash",
                table: "news_articles",
                type: "TEXT",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "CreatedAt",
                table: "news_articles",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<bool>(
                name: "Pinned",
                table: "news_articles",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<long>(
                name: "PinnedAt",
                table: "news_articles",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "PublishAt",
                table: "news_articles",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "ReadCount",
                table: "news_articles",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<string>(
                name: "ReviewInstanceId",
                table: "news_articles",
                type: "TEXT",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ReviewNote",
                table: "news_articles",
                type: "TEXT",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "UpdatedAt",
                table: "news_articles",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.CreateTable(
                name: "news_article_reads",
                columns: table => new
                {
                    ArticleId = table.Column<string>(type: "TEXT", maxLength: 36, nullable: false),
                    MemberId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    ReadAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_news_article_reads", x => new { x.ArticleId, x.MemberId });
                    table.ForeignKey(
                        name: "FK_news_article_reads_news_articles_ArticleId",
                        column: x => x.ArticleId,
                        principalTable: "news_articles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_news_articles_CategoryKey_Status_Pinned_PublishedAt",
                table: "news_articles",
                columns: new[] { "CategoryKey", "Status", "Pinned", "PublishedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_news_articles_ReviewInstanceId",
                table: "news_articles",
                column: "ReviewInstanceId");

            migrationBuilder.AddForeignKey(
                name: "FK_news_articles_news_categories_CategoryKey",
                table: "news_articles",
                column: "CategoryKey",
                principalTable: "news_categories",
                principalColumn: "Key",
                onDelete: ReferentialAction.Restrict);

            // Articles written before this migration were published at once: they were created and last changed then.
            migrationBuilder.Sql("UPDATE news_articles SET CreatedAt = PublishedAt, UpdatedAt = PublishedAt WHERE CreatedAt = 0 AND PublishedAt IS NOT NULL;");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_news_articles_news_categories_CategoryKey",
                table: "news_articles");

            migrationBuilder.DropTable(
                name: "news_article_reads");

            migrationBuilder.DropTable(
                name: "news_categories");

            migrationBuilder.DropIndex(
                name: "IX_news_articles_CategoryKey_Status_Pinned_PublishedAt",
                table: "news_articles");

            migrationBuilder.DropIndex(
                name: "IX_news_articles_ReviewInstanceId",
                table: "news_articles");

            migrationBuilder.DropColumn(
                name: "AuthorId",
                table: "news_articles");

            migrationBuilder.DropColumn(
                name: "CategoryKey",
                table: "news_articles");

            migrationBuilder.DropColumn(
                name: "CoverContentType",
                table: "news_articles");

            migrationBuilder.DropColumn(
                name: "CoverHash",
                table: "news_articles");

            migrationBuilder.DropColumn(
                name: "CreatedAt",
                table: "news_articles");

            migrationBuilder.DropColumn(
                name: "Pinned",
                table: "news_articles");

            migrationBuilder.DropColumn(
                name: "PinnedAt",
                table: "news_articles");

            migrationBuilder.DropColumn(
                name: "PublishAt",
                table: "news_articles");

            migrationBuilder.DropColumn(
                name: "ReadCount",
                table: "news_articles");

            migrationBuilder.DropColumn(
                name: "ReviewInstanceId",
                table: "news_articles");

            migrationBuilder.DropColumn(
                name: "ReviewNote",
                table: "news_articles");

            migrationBuilder.DropColumn(
                name: "UpdatedAt",
                table: "news_articles");

            migrationBuilder.AlterColumn<long>(
                name: "PublishedAt",
                table: "news_articles",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L,
                oldClrType: typeof(long),
                oldType: "INTEGER",
                oldNullable: true);
        }
    }
}
