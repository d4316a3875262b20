using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Platform.TestPlugins.BrokenMigration.Migrations;

[DbContext(typeof(BrokenDbContext))]
[Migration("20260101000000_Broken")]
public sealed class BrokenMigration : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder) =>
        migrationBuilder.Sql("CREATE TABLE broken_things (id INTEGER PRIMARY KEY, ");
}
