using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Platform.Apps.News.Persistence;

/// <summary>
/// For <c>dotnet ef</c> only: at run time the host configures the provider, the connection and the history table.
/// The Initial migration was added from the repository root with
/// <code>build/ef.sh apps/Platform.Apps.News migrations add Initial --output-dir Persistence/Migrations</code>
/// i.e. <c>PlatformDesignTime=true dotnet restore</c> and <c>PlatformDesignTime=true dotnet ef …</c> on this project: the
/// design-time build keeps EF Core's runtime and adds its design package (build/Plugin.targets), in bin-design/ and obj-design/.
/// </summary>
internal sealed class NewsDbContextFactory : IDesignTimeDbContextFactory<NewsDbContext>
{
    public NewsDbContext CreateDbContext(string[] args) => new(new DbContextOptionsBuilder<NewsDbContext>()
        .UseSqlite("Data Source=:memory:", sqlite => sqlite.MigrationsHistoryTable("__migrations_news"))
        .Options);
}
