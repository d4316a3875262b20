using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging.Abstractions;
using Platform.Core.Forms;
using Platform.Core.Forms.Processing;
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

    /// <summary>The SQLite file.</summary>
    public string DatabaseFile => Path.Combine(Directory, "platform.db");

    /// <summary>Starts the kernel; <paramref name="synchronous"/> and <paramref name="autoCheckpoint"/> set those pragmas on every connection when given.</summary>
    public static async Task<BenchHost> StartAsync(string? work, string? synchronous = null, int? autoCheckpoint = null)
    {
        var directory = Path.GetFullPath(Path.Combine(work ?? Path.GetTempPath(), "platform-forms-bench", Guid.NewGuid().ToString("N")));
        var sqlite = new SqliteDatabaseProvider(Path.Combine(directory, "platform.db"));
        var kernel = new PlatformKernel(
            new KernelOptions { DataDirectory = directory, Database = new BenchProvider(sqlite, synchronous, autoCheckpoint) },
            NullLoggerFactory.Instance);
        kernel.AddModule(new OrganizationModule(), OrganizationModule.Manifest);
        kernel.AddModule(new FormsModule(), FormsModule.Manifest);
        var services = new ServiceCollection();
        services.AddLogging();
        await kernel.BootAsync(services, new ConfigurationBuilder().Build());

        // The processor, timed for the breakdown of a create.
        services.Replace(ServiceDescriptor.Singleton<IRecordProcessor>(sp => new TimedProcessor(ActivatorUtilities.CreateInstance<RecordProcessor>(sp))));
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
