using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Platform.Contracts.Identity;
using Platform.Core.Forms;
using Platform.Core.Hosting;
using Platform.Core.Organization;
using Platform.Core.Persistence;
using Platform.Core.Scheduling;
using Platform.Core.Scheduling.Identity;
using Platform.Core.Workflow;

namespace Platform.Bench.Workflow;

/// <summary>
/// The kernel with the organization, form, scheduler and workflow engines linked, on a SQLite file (WAL) in
/// <see cref="Directory"/>, with the real clock — as the host composes them. Each call runs in its own scope as a
/// request would, signed in as the member it names.
/// </summary>
internal sealed class BenchHost : IAsyncDisposable
{
    private readonly bool _keep;

    private BenchHost(string directory, ServiceProvider services, bool keep)
    {
        Directory = directory;
        Services = services;
        _keep = keep;
    }

    public string Directory { get; }

    public string DatabaseFile => Path.Combine(Directory, "platform.db");

    public ServiceProvider Services { get; }

    /// <summary>Boots the kernel.</summary>
    /// <param name="directory">The data directory: created, or reused when it holds a database.</param>
    /// <param name="keep">Whether the directory stays after disposal.</param>
    /// <param name="busyTimeout">When above 0, <c>PRAGMA busy_timeout</c> on every connection (<see cref="BusyTimeoutProvider"/>).</param>
    public static async Task<BenchHost> StartAsync(string directory, bool keep, int busyTimeout = 0)
    {
        var sqlite = new SqliteDatabaseProvider(Path.Combine(directory, "platform.db"));
        var kernel = new PlatformKernel(
            new KernelOptions { DataDirectory = directory, Database = busyTimeout > 0 ? new BusyTimeoutProvider(sqlite, busyTimeout) : sqlite },
            NullLoggerFactory.Instance);
        kernel.AddModule(new OrganizationModule(), OrganizationModule.Manifest);
        kernel.AddModule(new FormsModule(), FormsModule.Manifest);
        kernel.AddModule(new SchedulerModule(), SchedulerModule.Manifest);
        kernel.AddModule(new WorkflowModule(), WorkflowModule.Manifest);
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton(TimeProvider.System);
        services.AddScoped<BenchUser>();
        services.AddScoped<ICurrentUser>(sp => JobIdentity.Or(sp, sp.GetRequiredService<BenchUser>));
        await kernel.BootAsync(services, new ConfigurationBuilder().Build());
        return new BenchHost(directory, services.BuildServiceProvider(), keep);
    }

    /// <summary>Runs <paramref name="work"/> in a fresh scope signed in as <paramref name="memberId"/>.</summary>
    public async Task<T> AsAsync<T>(string memberId, Func<IServiceProvider, Task<T>> work, bool administrator = false)
    {
        await using var scope = Services.CreateAsyncScope();
        var user = scope.ServiceProvider.GetRequiredService<BenchUser>();
        user.UserId = memberId;
        user.IsAdministrator = administrator;
        return await work(scope.ServiceProvider);
    }

    public async ValueTask DisposeAsync()
    {
        await Services.DisposeAsync();
        SqliteConnection.ClearAllPools();
        if (_keep)
        {
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
