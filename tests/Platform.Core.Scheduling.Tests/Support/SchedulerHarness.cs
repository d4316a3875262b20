using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using Platform.Contracts.Identity;
using Platform.Contracts.Modules;
using Platform.Contracts.Scheduling;
using Platform.Core.Hosting;
using Platform.Core.Organization;
using Platform.Core.Scheduling.Identity;
using Platform.Core.Scheduling.Persistence;
using Platform.Core.Scheduling.Persistence.Entities;
using Platform.Core.Scheduling.Running;

namespace Platform.Core.Scheduling.Tests.Support;

/// <summary>
/// The kernel with the organization and scheduler engines and <see cref="ProbeModule"/>, on a real SQLite file, with a
/// fake clock (Monday 2 March 2026, 09:00 UTC). Several harnesses may share a directory (restarts, several nodes).
/// </summary>
internal sealed class SchedulerHarness : IAsyncDisposable
{
    public static readonly DateTimeOffset Start = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);

    private readonly bool _ownsDirectory;

    private SchedulerHarness(string directory, bool ownsDirectory, ServiceProvider services, FakeTimeProvider clock, Probe probe)
    {
        Directory = directory;
        _ownsDirectory = ownsDirectory;
        Services = services;
        Clock = clock;
        Probe = probe;
    }

    public string Directory { get; }

    public ServiceProvider Services { get; }

    public FakeTimeProvider Clock { get; }

    public Probe Probe { get; }

    public JobRunner Runner => Services.GetRequiredService<JobRunner>();

    /// <summary>Boots a harness; with <paramref name="directory"/>, on an existing data directory (which it then leaves in place).</summary>
    public static async Task<SchedulerHarness> StartAsync(string? directory = null, Probe? probe = null, IReadOnlyDictionary<string, string?>? settings = null)
    {
        var owns = directory is null;
        directory ??= Path.Combine(Path.GetTempPath(), "platform-scheduler-tests", Guid.NewGuid().ToString("N"));
        probe ??= new Probe();
        var clock = new FakeTimeProvider(Start);
        var kernel = new PlatformKernel(new KernelOptions { DataDirectory = directory }, NullLoggerFactory.Instance);
        kernel.AddModule(new OrganizationModule(), OrganizationModule.Manifest);
        kernel.AddModule(new SchedulerModule(), SchedulerModule.Manifest);
        kernel.AddModule(new ProbeModule(probe), ProbeModule.Manifest);
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<TimeProvider>(clock);
        services.AddScoped<ICurrentUser>(sp => JobIdentity.Or(sp, () => Nobody.Instance));
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings ?? new Dictionary<string, string?>()).Build();
        var catalog = await kernel.BootAsync(services, configuration);
        var notLoaded = catalog.Modules.Where(m => m.State != ModuleState.Loaded).ToList();
        if (notLoaded.Count > 0)
        {
            throw new InvalidOperationException(string.Join("; ", notLoaded.Select(m => $"{m.Id}: {m.State} {m.Reason}")));
        }

        var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true, ValidateOnBuild = true });
        return new SchedulerHarness(directory, owns, provider, clock, probe);
    }

    /// <summary>Schedules a job in a scope of its own.</summary>
    public async Task<string> ScheduleAsync(ScheduledJob job)
    {
        await using var scope = Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IScheduler>().ScheduleAsync(job, CancellationToken.None);
    }

    /// <summary>Cancels by kind and key in a scope of its own.</summary>
    public async Task<int> CancelAsync(string kind, string key)
    {
        await using var scope = Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IScheduler>().CancelAsync(kind, key, CancellationToken.None);
    }

    /// <summary>Runs what is due at the fake clock's time.</summary>
    public Task<int> RunDueAsync() => Runner.RunDueAsync(Clock.GetUtcNow(), CancellationToken.None);

    /// <summary>The stored rows, as the table holds them.</summary>
    public async Task<List<JobRow>> RowsAsync()
    {
        await using var scope = Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<SchedulerDbContext>().Jobs.AsNoTracking().OrderBy(j => j.CreatedAtTicks).ThenBy(j => j.Id).ToListAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await Services.DisposeAsync();
        SqliteConnection.ClearAllPools();
        if (_ownsDirectory)
        {
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

    private sealed class Nobody : ICurrentUser
    {
        public static readonly Nobody Instance = new();

        public bool IsAuthenticated => false;

        public string? UserId => null;

        public string? Name => null;

        public bool IsInRole(string role) => false;
    }
}
