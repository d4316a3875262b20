using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Platform.Contracts.Modules;
using Platform.Host.Hosting;

namespace Platform.Testing;

/// <summary>
/// The real Platform host, in this process, on a temporary data directory (one SQLite file) and a free loopback port,
/// with every engine the host links and the plugins under test installed from their folders. Start it, call the
/// plugin over HTTP with <see cref="Client"/> (signed in as the administrator) or through <see cref="SendAsync{TResponse}"/>,
/// and dispose it: the temporary directory is deleted.
/// </summary>
/// <example>
/// <code>
/// await using var host = await PluginTestHost.StartAsync(pluginFolder);
/// var response = await host.Client.GetAsync("/api/visits/items");
/// </code>
/// </example>
public sealed class PluginTestHost : IAsyncDisposable
{
    private readonly WebApplication app;
    private readonly TemporaryDirectory directory;
    private bool disposed;

    private PluginTestHost(WebApplication app, TemporaryDirectory directory, HttpClient client, IReadOnlyList<string> pluginIds)
    {
        this.app = app;
        this.directory = directory;
        Client = client;
        PluginIds = pluginIds;
    }

    /// <summary>The host's address, e.g. <c>http://127.0.0.1:41237/</c>.</summary>
    public Uri BaseAddress => Client.BaseAddress!;

    /// <summary>An HTTP client on the host, signed in as the administrator (<c>admin</c>).</summary>
    public HttpClient Client { get; }

    /// <summary>The host's root services (singletons; use <see cref="CreateScope"/> for scoped ones such as a DbContext).</summary>
    public IServiceProvider Services => app.Services;

    /// <summary>The temporary data directory; the database is <c>platform.db</c> in it.</summary>
    public string DataDirectory => directory.Data;

    /// <summary>The ids of the installed plugins, in the order their folders were given.</summary>
    public IReadOnlyList<string> PluginIds { get; }

    /// <summary>Every engine and plugin with its state and reason, as <c>/api/modules</c> lists them.</summary>
    public IReadOnlyList<ModuleInfo> Modules => Services.GetRequiredService<IModuleCatalog>().Modules;

    /// <summary>Starts the host with one plugin installed from <paramref name="pluginFolder"/>.</summary>
    /// <param name="pluginFolder">A folder holding <c>plugin.json</c> and the plugin's assemblies, e.g. its build output.</param>
    /// <param name="cancellationToken">Cancels start-up.</param>
    /// <exception cref="PluginTestHostException">The plugin did not load; the message gives its state and the host's reason.</exception>
    public static Task<PluginTestHost> StartAsync(string pluginFolder, CancellationToken cancellationToken = default)
    {
        var options = new PluginTestHostOptions();
        options.PluginFolders.Add(pluginFolder);
        return StartAsync(options, cancellationToken);
    }

    /// <summary>Starts the host as <paramref name="options"/> describe.</summary>
    /// <param name="options">Plugin folders, configuration, administrator password.</param>
    /// <param name="cancellationToken">Cancels start-up.</param>
    /// <exception cref="PluginTestHostException">A plugin folder is unusable, or a plugin did not load while <see cref="PluginTestHostOptions.RequireLoaded"/> is set.</exception>
    public static async Task<PluginTestHost> StartAsync(PluginTestHostOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        var directory = new TemporaryDirectory();
        WebApplication? app = null;
        var started = false;
        HttpClient? client = null;
        try
        {
            var pluginIds = options.PluginFolders.Select(folder => PluginFolder.Install(folder, directory.Plugins)).ToList();
            app = await PlatformApplication.BuildAsync(
                new PlatformHostOptions
                {
                    Urls = "http://127.0.0.1:0",
                    DataDirectory = directory.Data,
                    PluginsDirectory = directory.Plugins,
                    Args = HostArguments(options),
                    ConfigureServices = options.ConfigureServices,
                },
                cancellationToken);
            await app.StartAsync(cancellationToken);
            started = true;

            if (options.RequireLoaded)
            {
                EnsureLoaded(app.Services.GetRequiredService<IModuleCatalog>(), pluginIds);
            }

            var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
            client = new HttpClient { BaseAddress = new Uri(address) };
            var token = await SignInAsync(client, "admin", options.AdminPassword, cancellationToken);
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
            return new PluginTestHost(app, directory, client, pluginIds);
        }
        catch
        {
            client?.Dispose();
            if (app is not null)
            {
                if (started)
                {
                    await app.StopAsync(CancellationToken.None);
                }

                await app.DisposeAsync();
            }

            SqliteConnection.ClearAllPools();

            directory.Delete();
            throw;
        }
    }

    /// <summary>An HTTP client on the host without a token.</summary>
    public HttpClient CreateAnonymousClient() => new() { BaseAddress = BaseAddress };

    /// <summary>Signs in through <c>POST /api/auth/token</c> and returns a client carrying that member's token.</summary>
    /// <param name="login">The member's login.</param>
    /// <param name="password">The member's password.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    public async Task<HttpClient> CreateClientAsync(string login, string password, CancellationToken cancellationToken = default)
    {
        var client = CreateAnonymousClient();
        try
        {
            var token = await SignInAsync(client, login, password, cancellationToken);
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
            return client;
        }
        catch
        {
            client.Dispose();
            throw;
        }
    }

    /// <summary>A service scope, as one HTTP request has: scoped services such as a module's DbContext live in it.</summary>
    public AsyncServiceScope CreateScope() => Services.CreateAsyncScope();

    /// <summary>Sends a MediatR request through the kernel's pipeline (validation, transaction, logging) in a scope of its own.</summary>
    /// <typeparam name="TResponse">What the handler returns.</typeparam>
    /// <param name="request">The request; its one handler may live in any loaded module.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    public async Task<TResponse> SendAsync<TResponse>(IRequest<TResponse> request, CancellationToken cancellationToken = default)
    {
        await using var scope = CreateScope();
        return await scope.ServiceProvider.GetRequiredService<IMediator>().Send(request, cancellationToken);
    }

    /// <summary>Publishes a notification to every loaded module's handlers, in a scope of its own.</summary>
    /// <param name="notification">The notification.</param>
    /// <param name="cancellationToken">Cancels publishing.</param>
    public async Task PublishAsync(INotification notification, CancellationToken cancellationToken = default)
    {
        await using var scope = CreateScope();
        await scope.ServiceProvider.GetRequiredService<IMediator>().Publish(notification, cancellationToken);
    }

    /// <summary>Stops the host and deletes its temporary directory.</summary>
    public async ValueTask DisposeAsync()
    {
        if (disposed)
        {
            return;
        }

        disposed = true;
        Client.Dispose();
        await app.StopAsync();
        await app.DisposeAsync();
        SqliteConnection.ClearAllPools();
        directory.Delete();
    }

    private static string[] HostArguments(PluginTestHostOptions options) =>
    [
        $"--Logging:LogLevel:Default={options.MinimumLogLevel}",
        $"--Platform:AdminPassword={options.AdminPassword}",
        .. options.Configuration.Select(entry => $"--{entry.Key}={entry.Value}"),
    ];

    private static void EnsureLoaded(IModuleCatalog catalog, IEnumerable<string> pluginIds)
    {
        var problems = pluginIds
            .Select(id => catalog.Find(id) ?? new ModuleInfo(id, null, id, ModuleKind.App, ModuleState.Failed, "the host did not list it"))
            .Where(module => module.State != ModuleState.Loaded)
            .Select(module => $"'{module.Id}' is {module.State}: {module.Reason}")
            .ToList();
        if (problems.Count > 0)
        {
            throw new PluginTestHostException($"The plugin did not load: {string.Join("; ", problems)}");
        }
    }

    private static async Task<string> SignInAsync(HttpClient client, string login, string password, CancellationToken cancellationToken)
    {
        using var response = await client.PostAsJsonAsync("/api/auth/token", new { login, password }, cancellationToken);
        var body = await response.Content.ReadAsStringAsync(cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            throw new PluginTestHostException($"Signing in as '{login}' failed: {(int)response.StatusCode} {body}");
        }

        using var json = JsonDocument.Parse(body);
        return json.RootElement.GetProperty("accessToken").GetString()
            ?? throw new PluginTestHostException($"Signing in as '{login}' returned no access token: {body}");
    }
}
