using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text.Json;

namespace Platform.Bench.Startup;

/// <summary>
/// One cold start: a fresh data directory and port, the time from <see cref="Process.Start()"/> to the first 200 from
/// <c>/health/ready</c>, then a check of <c>/api/modules</c> (signed in as the first-start administrator), then the process tree is killed and the directory removed.
/// </summary>
internal sealed class StartupProbe : IDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(3);

    private readonly HttpClient _http = new(new SocketsHttpHandler { ConnectTimeout = TimeSpan.FromSeconds(2), UseProxy = false })
    {
        Timeout = TimeSpan.FromSeconds(5),
    };

    public async Task<double> MeasureAsync(HostVariant variant)
    {
        var workDir = Directory.CreateTempSubdirectory("platform-bench-");
        var baseUrl = $"http://127.0.0.1:{FreePort()}";
        using var host = new HostProcess(variant, baseUrl, Path.Combine(workDir.FullName, "data"), workDir.FullName);
        try
        {
            var started = Stopwatch.GetTimestamp();
            host.Start();
            await WaitUntilReadyAsync(host, baseUrl);
            var elapsed = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            await CheckModulesAsync(host, variant, baseUrl);
            return elapsed;
        }
        finally
        {
            await host.StopAsync();
            workDir.Delete(recursive: true);
        }
    }

    public void Dispose() => _http.Dispose();

    private async Task WaitUntilReadyAsync(HostProcess host, string baseUrl)
    {
        var deadline = Stopwatch.GetTimestamp() + (long)(StartTimeout.TotalSeconds * Stopwatch.Frequency);
        while (Stopwatch.GetTimestamp() < deadline)
        {
            if (host.HasExited)
            {
                throw host.Failure("exited before it was ready");
            }

            try
            {
                using var response = await _http.GetAsync(baseUrl + "/health/ready");
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet (connection refused): keep polling.
            }

            await Task.Delay(PollInterval);
        }

        throw host.Failure($"was not ready within {StartTimeout.TotalSeconds:F0} s");
    }

    private async Task CheckModulesAsync(HostProcess host, HostVariant variant, string baseUrl)
    {
        using var signIn = await _http.PostAsJsonAsync(baseUrl + "/api/auth/token", new { login = "admin", password = HostProcess.AdminPassword });
        using var signedIn = JsonDocument.Parse(await signIn.EnsureSuccessStatusCode().Content.ReadAsStringAsync());
        var token = signedIn.RootElement.GetProperty("accessToken").GetString();
        using var request = new HttpRequestMessage(HttpMethod.Get, baseUrl + "/api/modules") { Headers = { Authorization = new("Bearer", token) } };
        using var modules = await _http.SendAsync(request);
        using var document = JsonDocument.Parse(await modules.EnsureSuccessStatusCode().Content.ReadAsStringAsync());
        foreach (var id in HostVariant.ModuleIds)
        {
            var module = document.RootElement.EnumerateArray().FirstOrDefault(m => m.GetProperty("id").GetString() == id);
            var state = module.ValueKind == JsonValueKind.Object ? module.GetProperty("state").GetString() : "absent";
            var location = module.ValueKind == JsonValueKind.Object && module.TryGetProperty("location", out var l) ? l.GetString() : null;
            if (state != "loaded")
            {
                throw host.Failure($"did not load module '{id}' (state: {state}); /api/modules: {document.RootElement}");
            }

            if (variant.FromPlugins != (location is not null))
            {
                throw host.Failure($"loaded module '{id}' {(location is null ? "linked statically" : "from " + location)}, not as a {variant.Name} module");
            }
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
