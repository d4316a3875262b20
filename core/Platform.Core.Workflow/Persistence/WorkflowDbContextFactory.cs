using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Platform.Core.Persistence;

namespace Platform.Core.Workflow.Persistence;

// For dotnet-ef only:
// build/ef.sh core/Platform.Core.Workflow migrations add <Name> --output-dir Persistence/Migrations
internal sealed class WorkflowDbContextFactory : IDesignTimeDbContextFactory<WorkflowDbContext>
{
    public WorkflowDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<WorkflowDbContext>()
            .UseSqlite("Data Source=design.db", o => o.MigrationsHistoryTable(MigrationsTable.For(WorkflowModule.Id)))
            .Options);
}
