using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using Platform.Core.Hosting;
using Platform.Core.Organization.Persistence;
using Platform.Core.Organization.Snapshot;

namespace Platform.Core.Organization.Tests.Support;

/// <summary>The kernel with the organization engine linked, on a real SQLite file in a temporary directory, with a controllable clock.</summary>
internal sealed class OrgHarness : IAsyncDisposable
{
    private OrgHarness(string directory, ServiceProvider services, FakeTimeProvider clock)
    {
        Directory = directory;
        Services = services;
        Clock = clock;
    }

    public string Directory { get; }

    public ServiceProvider Services { get; }

    public FakeTimeProvider Clock { get; }

    public OrgSnapshotHolder Snapshot => Services.GetRequiredService<OrgSnapshotHolder>();

    public T Get<T>()
        where T : notnull => Services.GetRequiredService<T>();

    public static async Task<OrgHarness> StartAsync(IDictionary<string, string?>? settings = null)
    {
        var directory = Path.Combine(Path.GetTempPath(), "platform-org-tests", Guid.NewGuid().ToString("N"));
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero));
        var kernel = new PlatformKernel(new KernelOptions { DataDirectory = directory }, NullLoggerFactory.Instance);
        kernel.AddModule(new OrganizationModule(), OrganizationModule.Manifest);
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<TimeProvider>(clock);
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings ?? new Dictionary<string, string?>()).Build();
        await kernel.BootAsync(services, configuration);
        var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true, ValidateOnBuild = true });
        return new OrgHarness(directory, provider, clock);
    }

    /// <summary>Runs <paramref name="change"/> on the engine's tables and reloads the snapshot, as a write of the engine would.</summary>
    public async Task ChangeAsync(Action<OrgDbContext> change)
    {
        await using var scope = Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<OrgDbContext>();
        change(db);
        await db.BumpVersionAsync(CancellationToken.None);
        await db.SaveChangesAsync();
        Snapshot.Reload();
    }

    public async ValueTask DisposeAsync()
    {
        await Services.DisposeAsync();
        SqliteConnection.ClearAllPools();
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
