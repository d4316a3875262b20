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

/// <summary>The real host, on Kestrel at a free loopback port, with an HTTP client pointed at it.</summary>
internal sealed class RunningHost : IAsyncDisposable
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) } };

    private RunningHost(WebApplication app, HttpClient client)
    {
        App = app;
        Client = client;
    }

    public WebApplication App { get; }

    public HttpClient Client { get; }

    public static async Task<RunningHost> StartAsync(PluginsFolder folder, Action<Platform.Core.Hosting.PlatformKernel>? linkModules = null)
    {
        var app = await PlatformApplication.BuildAsync(new PlatformHostOptions
        {
            Urls = "http://127.0.0.1:0",
            DataDirectory = folder.DataDirectory,
            PluginsDirectory = folder.PluginsDirectory,
            Args = ["--Logging:LogLevel:Default=Warning", "--Logging:LogLevel:Platform=Critical"],
            LinkModules = linkModules,
        });
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new RunningHost(app, new HttpClient { BaseAddress = new Uri(address) });
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
