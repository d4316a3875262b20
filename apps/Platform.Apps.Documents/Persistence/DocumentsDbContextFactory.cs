using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Platform.Apps.Documents.Persistence;

/// <summary>
/// For <c>dotnet ef</c> only: at run time the host configures the provider, the connection and the history table.
/// The migrations are added from the repository root with
/// <code>build/ef.sh apps/Platform.Apps.Documents migrations add Initial --output-dir Persistence/Migrations</code>
/// i.e. <c>PlatformDesignTime=true dotnet restore</c> and <c>PlatformDesignTime=true dotnet ef …</c> on this project: the
/// design-time build keeps EF Core's runtime and adds its design package (build/Plugin.targets), in bin-design/ and obj-design/.
/// </summary>
internal sealed class DocumentsDbContextFactory : IDesignTimeDbContextFactory<DocumentsDbContext>
{
    public DocumentsDbContext CreateDbContext(string[] args) => new(new DbContextOptionsBuilder<DocumentsDbContext>()
        .UseSqlite("Data Source=:memory:", sqlite => sqlite.MigrationsHistoryTable("__migrations_documents"))
        .Options);
}
