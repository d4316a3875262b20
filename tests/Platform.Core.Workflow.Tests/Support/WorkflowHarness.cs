using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using Platform.Contracts.Identity;
using Platform.Contracts.Organization.Directory;
using Platform.Contracts.Organization.Import;
using Platform.Core.Forms;
using Platform.Core.Hosting;
using Platform.Core.Organization;
using Platform.Core.Scheduling;
using Platform.Core.Scheduling.Identity;

namespace Platform.Core.Workflow.Tests.Support;

/// <summary>
/// The kernel with the organization, form and workflow engines linked, on a real SQLite file in a temporary directory,
/// with a controllable clock (Monday 2 March 2026, 09:00 UTC) and current user, and <see cref="SampleOrg"/> imported.
/// Each call runs in its own scope, as each HTTP request would.
/// </summary>
internal sealed class WorkflowHarness : IAsyncDisposable
{
    private readonly Dictionary<string, string> _ids;
    private readonly Dictionary<string, string> _departments = new(StringComparer.Ordinal);

    private WorkflowHarness(string directory, ServiceProvider services, FakeTimeProvider clock, TestUser user, Dictionary<string, string> ids)
    {
        Directory = directory;
        Services = services;
        Clock = clock;
        User = user;
        _ids = ids;
    }

    public string Directory { get; }

    public ServiceProvider Services { get; }

    public FakeTimeProvider Clock { get; }

    /// <summary>Who the engines see as the current user (nobody until set).</summary>
    public TestUser User { get; }

    /// <summary>Starts a harness. <paramref name="settings"/> become configuration (e.g. <c>Modules:workflow:…</c>).</summary>
    public static async Task<WorkflowHarness> StartAsync(IReadOnlyDictionary<string, string?>? settings = null, string? directory = null, FakeTimeProvider? clock = null)
    {
        directory ??= Path.Combine(Path.GetTempPath(), "platform-workflow-tests", Guid.NewGuid().ToString("N"));
        clock ??= new FakeTimeProvider(new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero));
        var user = new TestUser();
        var kernel = new PlatformKernel(new KernelOptions { DataDirectory = directory }, NullLoggerFactory.Instance);
        kernel.AddModule(new OrganizationModule(), OrganizationModule.Manifest);
        kernel.AddModule(new FormsModule(), FormsModule.Manifest);
        kernel.AddModule(new SchedulerModule(), SchedulerModule.Manifest);
        kernel.AddModule(new WorkflowModule(), WorkflowModule.Manifest);
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<TimeProvider>(clock);
        services.AddSingleton(user);
        services.AddScoped<ICurrentUser>(sp => JobIdentity.Or(sp, sp.GetRequiredService<TestUser>));
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings ?? new Dictionary<string, string?>()).Build();
        await kernel.BootAsync(services, configuration);
        var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true, ValidateOnBuild = true });

        var ids = new Dictionary<string, string>(StringComparer.Ordinal);
        await using (var scope = provider.CreateAsyncScope())
        {
            var directoryService = scope.ServiceProvider.GetRequiredService<IMemberDirectory>();
            if (directoryService.FindByLogin("carol") is null)
            {
                var report = await scope.ServiceProvider.GetRequiredService<IOrganizationImporter>().ImportAsync(SampleOrg.Document, dryRun: false, null, CancellationToken.None);
                if (!report.Applied)
                {
                    throw new InvalidOperationException("Sample organisation not imported: " + string.Join("; ", report.Errors.Select(e => $"{e.Field}: {e.Message}")));
                }
            }
        }

        await using (var scope = provider.CreateAsyncScope())
        {
            var directoryService = scope.ServiceProvider.GetRequiredService<IMemberDirectory>();
            foreach (var member in SampleOrg.Document.Members!)
            {
                ids[member.Login!] = directoryService.FindByLogin(member.Login!)!.Id;
            }
        }

        var harness = new WorkflowHarness(directory, provider, clock, user, ids);
        await using (var scope = provider.CreateAsyncScope())
        {
            var directoryService = scope.ServiceProvider.GetRequiredService<IMemberDirectory>();
            foreach (var (login, id) in ids)
            {
                harness._departments[login] = directoryService.FindMember(id)!.Primary.DepartmentId;
            }
        }

        return harness;
    }

    /// <summary>The engine's member id of a sample member, by login.</summary>
    public string Id(string login) => _ids.TryGetValue(login, out var id) ? id : throw new ArgumentException($"No sample member '{login}'.", nameof(login));

    /// <summary>The primary department id of a sample member.</summary>
    public string DepartmentOf(string login) => _departments[login];

    /// <summary>Runs <paramref name="work"/> in a fresh scope as the member with <paramref name="login"/> (null: nobody).</summary>
    public async Task<T> AsAsync<T>(string? login, Func<IServiceProvider, Task<T>> work)
    {
        User.UserId = login is null ? null : Id(login);
        await using var scope = Services.CreateAsyncScope();
        return await work(scope.ServiceProvider);
    }

    /// <summary>Runs <paramref name="work"/> in a fresh scope as the member with <paramref name="login"/>.</summary>
    public Task AsAsync(string? login, Func<IServiceProvider, Task> work) =>
        AsAsync<bool>(login, async sp =>
        {
            await work(sp);
            return true;
        });

    /// <summary>Resolves a service in a fresh scope as <paramref name="login"/> and runs <paramref name="work"/> with it.</summary>
    public Task<T> WithAsync<TService, T>(string? login, Func<TService, Task<T>> work)
        where TService : notnull =>
        AsAsync(login, sp => work(sp.GetRequiredService<TService>()));

    /// <summary>Keep the data directory on dispose (to boot again on it, as after a restart).</summary>
    public bool KeepFiles { get; set; }

    public async ValueTask DisposeAsync()
    {
        await Services.DisposeAsync();
        SqliteConnection.ClearAllPools();
        if (KeepFiles)
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
