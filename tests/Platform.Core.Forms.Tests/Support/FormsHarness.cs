using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using Platform.Contracts.Forms.Definitions;
using Platform.Contracts.Forms.Records;
using Platform.Contracts.Identity;
using Platform.Core.Hosting;
using Platform.Core.Organization;

namespace Platform.Core.Forms.Tests.Support;

/// <summary>
/// The kernel with the organization and form engines linked, on a real SQLite file in a temporary directory, with a
/// controllable clock and current user. Each call runs in its own scope, as each HTTP request would.
/// </summary>
internal sealed class FormsHarness : IAsyncDisposable
{
    private FormsHarness(string directory, ServiceProvider services, FakeTimeProvider clock, TestUser user)
    {
        Directory = directory;
        Services = services;
        Clock = clock;
        User = user;
    }

    public string Directory { get; }

    public ServiceProvider Services { get; }

    public FakeTimeProvider Clock { get; }

    /// <summary>Who the engine sees as the current user (nobody until set).</summary>
    public TestUser User { get; }

    public static async Task<FormsHarness> StartAsync()
    {
        var directory = Path.Combine(Path.GetTempPath(), "platform-forms-tests", Guid.NewGuid().ToString("N"));
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero));
        var user = new TestUser();
        var kernel = new PlatformKernel(new KernelOptions { DataDirectory = directory }, NullLoggerFactory.Instance);
        kernel.AddModule(new OrganizationModule(), OrganizationModule.Manifest);
        kernel.AddModule(new FormsModule(), FormsModule.Manifest);
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<TimeProvider>(clock);
        services.AddSingleton(user);
        services.AddScoped<ICurrentUser>(sp => sp.GetRequiredService<TestUser>());
        await kernel.BootAsync(services, new ConfigurationBuilder().Build());
        var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true, ValidateOnBuild = true });
        return new FormsHarness(directory, provider, clock, user);
    }

    /// <summary>Runs <paramref name="work"/> with the definitions of a fresh scope.</summary>
    public async Task<T> DefinitionsAsync<T>(Func<IFormDefinitions, Task<T>> work)
    {
        await using var scope = Services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<IFormDefinitions>());
    }

    /// <summary>Runs <paramref name="work"/> with the records of a fresh scope.</summary>
    public async Task<T> RecordsAsync<T>(Func<IFormRecords, Task<T>> work)
    {
        await using var scope = Services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<IFormRecords>());
    }

    public Task<PublishedForm> PublishAsync(FormDefinition definition) => DefinitionsAsync(d => d.PublishAsync(definition, CancellationToken.None));

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
