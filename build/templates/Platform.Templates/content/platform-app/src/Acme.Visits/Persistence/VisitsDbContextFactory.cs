using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Acme.Visits.Persistence;

/// <summary>
/// For <c>dotnet ef</c> only (see README.md): at run time the host configures the provider, the connection and the
/// history table (<c>__migrations_visits</c>).
/// </summary>
internal sealed class VisitsDbContextFactory : IDesignTimeDbContextFactory<VisitsDbContext>
{
    public VisitsDbContext CreateDbContext(string[] args) => new(new DbContextOptionsBuilder<VisitsDbContext>()
        .UseSqlite("Data Source=:memory:", sqlite => sqlite.MigrationsHistoryTable("__migrations_visits"))
        .Options);
}
