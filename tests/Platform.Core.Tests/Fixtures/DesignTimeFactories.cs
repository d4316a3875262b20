using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Platform.Core.Persistence;
using Platform.Core.Tests.Fixtures.Alpha;
using Platform.Core.Tests.Fixtures.Beta;

namespace Platform.Core.Tests.Fixtures;

// For `dotnet ef migrations add Initial --project tests/Platform.Core.Tests --context AlphaDbContext --output-dir Fixtures/Alpha/Migrations` only.
internal sealed class AlphaDesignTimeFactory : IDesignTimeDbContextFactory<AlphaDbContext>
{
    public AlphaDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<AlphaDbContext>().UseSqlite("Data Source=design.db", o => o.MigrationsHistoryTable(MigrationsTable.For("alpha"))).Options);
}

internal sealed class BetaDesignTimeFactory : IDesignTimeDbContextFactory<BetaDbContext>
{
    public BetaDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<BetaDbContext>().UseSqlite("Data Source=design.db", o => o.MigrationsHistoryTable(MigrationsTable.For("beta"))).Options);
}
