using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Platform.TestPlugins.Healthy;

// For dotnet-ef only:
// build/ef.sh tests/Platform.TestPlugins migrations add Initial --context NotesDbContext --output-dir Healthy/Migrations
internal sealed class NotesDesignTimeFactory : IDesignTimeDbContextFactory<NotesDbContext>
{
    public NotesDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<NotesDbContext>().UseSqlite("Data Source=design.db", o => o.MigrationsHistoryTable("__migrations_healthy")).Options);
}
