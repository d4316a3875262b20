using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text.Json;

namespace Platform.Bench.Workflow;

/// <summary>
/// "My to-dos" over HTTP: the real host (<c>Platform.Host.dll serve</c>, Release) started as its own process on the seeded
/// data directory, signed in as the measured member through <c>POST /api/auth/token</c>, then
/// <c>GET /api/workflow/my/todos?limit=50</c> one after the other on a kept-alive connection.
/// </summary>
internal static class HttpToDoBenchmark
{
    public const string Path = "/api/workflow/my/todos?limit=50";

    public static async Task<Latencies> RunAsync(string repo, ToDoSeed seed, int queries, int warmup)
    {
        var assembly = System.IO.Path.Combine(repo, "host/Platform.Host/bin/Release/net10.0/Platform.Host.dll");
        if (!File.Exists(assembly))
        {
            throw new InvalidOperationException($"{assembly} is missing; build the host in Release first (build/bench/workflow.sh does).");
        }

        var plugins = System.IO.Path.Combine(seed.Directory, "no-plugins");
        Directory.CreateDirectory(plugins);
        var url = "http://127.0.0.1:" + FreePort().ToString(CultureInfo.InvariantCulture);
        var start = new ProcessStartInfo(Environment.ProcessPath is { } path && System.IO.Path.GetFileNameWithoutExtension(path) == "dotnet" ? path : "dotnet")
        {
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = seed.Directory,
        };
        foreach (var argument in new[] { assembly, "serve", "--data-dir", seed.Directory, "--plugins-dir", plugins, "--urls", url, "--Logging:LogLevel:Default=Warning", "--Logging:LogLevel:Microsoft.EntityFrameworkCore=Warning" })
        {
            start.ArgumentList.Add(argument);
        }

        var tail = new Queue<string>();
        using var process = new Process { StartInfo = start };
        process.OutputDataReceived += (_, e) => Keep(tail, e.Data);
        process.ErrorDataReceived += (_, e) => Keep(tail, e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            using var client = new HttpClient { BaseAddress = new Uri(url) };
            await WaitReadyAsync(client, process, tail);
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await TokenAsync(client));
            var expected = Math.Min(50, seed.OpenItems);
            var latencies = new Latencies();
            for (var n = 0; n < queries + warmup; n++)
            {
                var started = Stopwatch.GetTimestamp();
                using var response = await client.GetAsync(Path);
                var body = await response.Content.ReadAsByteArrayAsync();
                var elapsed = Stopwatch.GetElapsedTime(started);
                if (response.StatusCode != HttpStatusCode.OK)
                {
                    throw new InvalidOperationException($"GET {Path} answered {(int)response.StatusCode}: {System.Text.Encoding.UTF8.GetString(body)}");
                }

                if (n == 0 && Count(body) is var count && count != expected)
                {
                    throw new InvalidOperationException($"GET {Path} returned {count} items, expected {expected}.");
                }

                if (n >= warmup)
                {
                    latencies.Add(elapsed);
                }
            }

            return latencies;
        }
        finally
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
            }

            await process.WaitForExitAsync();
        }
    }

    private static int Count(byte[] body)
    {
        using var json = JsonDocument.Parse(body);
        return json.RootElement.ValueKind == JsonValueKind.Array
            ? json.RootElement.GetArrayLength()
            : json.RootElement.GetProperty("items").GetArrayLength();
    }

    private static async Task WaitReadyAsync(HttpClient client, Process process, Queue<string> tail)
    {
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < TimeSpan.FromSeconds(120))
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException("The host exited while starting:" + Environment.NewLine + Tail(tail));
            }

            try
            {
                using var response = await client.GetAsync("/health/ready");
                if (response.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            await Task.Delay(100);
        }

        throw new InvalidOperationException("The host was not ready within 120 s:" + Environment.NewLine + Tail(tail));
    }

    private static async Task<string> TokenAsync(HttpClient client)
    {
        using var response = await client.PostAsJsonAsync("/api/auth/token", new { login = ToDoSeed.MeasuredLogin, password = ToDoSeed.Password });
        var body = await response.Content.ReadAsStringAsync();
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"Signing in as {ToDoSeed.MeasuredLogin} failed: {(int)response.StatusCode} {body}");
        }

        using var json = JsonDocument.Parse(body);
        return json.RootElement.GetProperty("accessToken").GetString()!;
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static string Tail(Queue<string> tail)
    {
        lock (tail)
        {
            return string.Join(Environment.NewLine, tail);
        }
    }

    private static void Keep(Queue<string> tail, string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (tail)
        {
            tail.Enqueue(line);
            while (tail.Count > 40)
            {
                tail.Dequeue();
            }
        }
    }
}
