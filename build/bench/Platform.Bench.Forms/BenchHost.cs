using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Platform.Core.Forms;
using Platform.Core.Hosting;
using Platform.Core.Organization;
using Platform.Core.Persistence;

namespace Platform.Bench.Forms;

/// <summary>The kernel with the organization and form engines linked, on a fresh SQLite file (WAL) — as the host runs them.</summary>
internal sealed class BenchHost : IAsyncDisposable
{
    private BenchHost(string directory, ServiceProvider services)
    {
        Directory = directory;
        Services = services;
    }

    public string Directory { get; }

    public ServiceProvider Services { get; }

    public static async Task<BenchHost> StartAsync(string? work, bool normalSync = false)
    {
        var directory = Path.GetFullPath(Path.Combine(work ?? Path.GetTempPath(), "platform-forms-bench", Guid.NewGuid().ToString("N")));
        var sqlite = new SqliteDatabaseProvider(Path.Combine(directory, "platform.db"));
        var kernel = new PlatformKernel(
            new KernelOptions { DataDirectory = directory, Database = normalSync ? new NormalSyncProvider(sqlite) : sqlite },
            NullLoggerFactory.Instance);
        kernel.AddModule(new OrganizationModule(), OrganizationModule.Manifest);
        kernel.AddModule(new FormsModule(), FormsModule.Manifest);
        var services = new ServiceCollection();
        services.AddLogging();
        await kernel.BootAsync(services, new ConfigurationBuilder().Build());
        return new BenchHost(directory, services.BuildServiceProvider());
    }

    public async ValueTask DisposeAsync()
    {
        await Services.DisposeAsync();
        SqliteConnection.ClearAllPools();
        if (Environment.GetEnvironmentVariable("PLATFORM_BENCH_KEEP") == "1")
        {
            Console.WriteLine($"  (kept {Directory})");
            return;
        }

        try
        {
            System.IO.Directory.Delete(Directory, recursive: true);
        }
        catch (IOException)
        {
            // Left for the OS to clean.
        }
    }
}
