using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Platform.Core.Persistence;

namespace Platform.Core.Forms.Persistence;

// For dotnet-ef only:
// build/ef.sh core/Platform.Core.Forms migrations add <Name> --output-dir Persistence/Migrations
internal sealed class FormsDbContextFactory : IDesignTimeDbContextFactory<FormsDbContext>
{
    public FormsDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<FormsDbContext>()
            .UseSqlite("Data Source=design.db", o => o.MigrationsHistoryTable(MigrationsTable.For(FormsModule.Id)))
            .Options);
}
