using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Platform.Core.Persistence;

namespace Platform.Core.Organization.Persistence;

// For dotnet-ef only:
// build/ef.sh core/Platform.Core.Organization migrations add <Name> --output-dir Persistence/Migrations
internal sealed class OrgDbContextFactory : IDesignTimeDbContextFactory<OrgDbContext>
{
    public OrgDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<OrgDbContext>()
            .UseSqlite("Data Source=design.db", o => o.MigrationsHistoryTable(MigrationsTable.For(OrganizationModule.Id)))
            .Options);
}
