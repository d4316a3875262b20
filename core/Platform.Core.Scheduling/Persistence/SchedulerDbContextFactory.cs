using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Platform.Core.Persistence;

namespace Platform.Core.Scheduling.Persistence;

// For dotnet-ef only:
// build/ef.sh core/Platform.Core.Scheduling migrations add <Name> --output-dir Persistence/Migrations
internal sealed class SchedulerDbContextFactory : IDesignTimeDbContextFactory<SchedulerDbContext>
{
    public SchedulerDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SchedulerDbContext>()
            .UseSqlite("Data Source=design.db", o => o.MigrationsHistoryTable(MigrationsTable.For(SchedulerModule.Id)))
            .Options);
}
