using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Platform.Contracts.Modules;
using Microsoft.Extensions.DependencyInjection;
using Platform.Host.Hosting;

namespace Platform.Host.Tests.Support;

/// <summary>
/// The real host, on Kestrel at a free loopback port, with an HTTP client pointed at it. The first start creates the
/// administrator with <see cref="AdminPassword"/>; <see cref="Client"/> is signed in as that administrator.
/// </summary>
internal sealed class RunningHost : IAsyncDisposable
{
    public const string AdminPassword = "host-tests-admin-password";

    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) } };

    private RunningHost(WebApplication app, HttpClient client)
    {
        App = app;
        Client = client;
    }

    public WebApplication App { get; }

    /// <summary>A client signed in as the administrator.</summary>
    public HttpClient Client { get; }

    public static async Task<RunningHost> StartAsync(PluginsFolder folder, Action<Platform.Core.Hosting.PlatformKernel>? linkModules = null, params string[] args)
    {
        var app = await PlatformApplication.BuildAsync(new PlatformHostOptions
        {
            Urls = "http://127.0.0.1:0",
            DataDirectory = folder.DataDirectory,
            PluginsDirectory = folder.PluginsDirectory,
            Args = ["--Logging:LogLevel:Default=Warning", "--Logging:LogLevel:Platform=Critical", $"--Platform:AdminPassword={AdminPassword}", .. args],
            LinkModules = linkModules,
        });
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        var client = new HttpClient { BaseAddress = new Uri(address) };
        try
        {
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await TokenAsync(client, "admin", AdminPassword));
        }
        catch
        {
            client.Dispose();
            await app.DisposeAsync();
            throw;
        }

        return new RunningHost(app, client);
    }

    /// <summary>A client without a token.</summary>
    public HttpClient AnonymousClient() => new() { BaseAddress = Client.BaseAddress };

    /// <summary>A client with <paramref name="token"/> as its bearer token.</summary>
    public HttpClient ClientWithToken(string token) =>
        new() { BaseAddress = Client.BaseAddress, DefaultRequestHeaders = { Authorization = new AuthenticationHeaderValue("Bearer", token) } };

    /// <summary>Signs in through <c>POST /api/auth/token</c> and returns the access token.</summary>
    public async Task<string> TokenForAsync(string login, string password)
    {
        using var anonymous = AnonymousClient();
        return await TokenAsync(anonymous, login, password);
    }

    private static async Task<string> TokenAsync(HttpClient client, string login, string password)
    {
        using var response = await client.PostAsJsonAsync("/api/auth/token", new { login, password });
        var body = await response.Content.ReadAsStringAsync();
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"Signing in as '{login}' failed: {(int)response.StatusCode} {body}");
        }

        using var json = JsonDocument.Parse(body);
        return json.RootElement.GetProperty("accessToken").GetString()!;
    }

    public async Task<IReadOnlyList<ModuleInfo>> ModulesAsync() =>
        (await Client.GetFromJsonAsync<List<ModuleInfo>>("/api/modules", Json))!;

    public async Task<ModuleInfo> ModuleAsync(string id) =>
        (await ModulesAsync()).SingleOrDefault(m => m.Id == id) ?? throw new AssertionException($"module '{id}' is not listed");

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await App.StopAsync();
        await App.DisposeAsync();
    }
}
