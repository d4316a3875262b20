using MediatR;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Platform.Contracts.Modules;
using Platform.Core.Hosting;

namespace Platform.Core.Tests;

/// <summary>A kernel booted on a real SQLite file with modules linked from this test assembly.</summary>
internal sealed class KernelHarness : IAsyncDisposable
{
    private KernelHarness(PlatformKernel kernel, ServiceProvider services, string dataDirectory)
    {
        Kernel = kernel;
        Services = services;
        DataDirectory = dataDirectory;
    }

    public PlatformKernel Kernel { get; }

    public ServiceProvider Services { get; }

    public string DataDirectory { get; }

    public IModuleCatalog Catalog => Services.GetRequiredService<IModuleCatalog>();

    public static async Task<KernelHarness> StartAsync(string dataDirectory, params IModule[] modules) =>
        await StartAsync(dataDirectory, applyMigrations: true, modules);

    public static async Task<KernelHarness> StartAsync(string dataDirectory, bool applyMigrations, params IModule[] modules)
    {
        var kernel = new PlatformKernel(new KernelOptions { DataDirectory = dataDirectory, ApplyMigrations = applyMigrations }, NullLoggerFactory.Instance);
        foreach (var module in modules)
        {
            var manifest = (PluginManifest)module.GetType().GetProperty("Manifest")!.GetValue(null)!;
            kernel.AddModule(module, manifest);
        }

        var services = new ServiceCollection();
        services.AddLogging();
        await kernel.BootAsync(services, new ConfigurationBuilder().Build());
        return new KernelHarness(kernel, services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true }), dataDirectory);
    }

    public async Task<T> SendAsync<T>(IRequest<T> request)
    {
        await using var scope = Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IMediator>().Send(request);
    }

    public async Task PublishAsync<T>(T notification)
        where T : INotification
    {
        await using var scope = Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<IMediator>().Publish(notification);
    }

    /// <summary>Runs a scalar query on the database file over a connection of its own.</summary>
    public long Scalar(string sql)
    {
        using var connection = new SqliteConnection($"Data Source={Path.Combine(DataDirectory, "platform.db")}");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }

    public async ValueTask DisposeAsync() => await Services.DisposeAsync();
}
