using System.Collections.Concurrent;
using System.Diagnostics;

namespace Platform.Bench.Startup;

/// <summary>A host started with <c>dotnet</c>; keeps the tail of its output to explain a failure.</summary>
internal sealed class HostProcess : IDisposable
{
    /// <summary>The first-start administrator's password, so the probe can sign in.</summary>
    public const string AdminPassword = "bench-admin-password";

    private const int TailLines = 40;

    private readonly Process _process;
    private readonly HostVariant _variant;
    private readonly ConcurrentQueue<string> _tail = new();

    public HostProcess(HostVariant variant, string url, string dataDirectory, string workingDirectory)
    {
        _variant = variant;
        var start = new ProcessStartInfo(DotnetPath())
        {
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = workingDirectory,
        };
        start.ArgumentList.Add(variant.Assembly);
        foreach (var argument in variant.LeadingArguments.Concat(["--urls", url, "--data-dir", dataDirectory, $"--Platform:AdminPassword={AdminPassword}"]))
        {
            start.ArgumentList.Add(argument);
        }

        _process = new Process { StartInfo = start };
        _process.OutputDataReceived += (_, e) => Keep(e.Data);
        _process.ErrorDataReceived += (_, e) => Keep(e.Data);
    }

    public bool HasExited => _process.HasExited;

    public void Start()
    {
        _process.Start();
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
    }

    public async Task StopAsync()
    {
        try
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
            }

            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
            await _process.WaitForExitAsync(timeout.Token);
        }
        catch (InvalidOperationException)
        {
            // Never started.
        }
    }

    public BenchmarkException Failure(string what) =>
        new($"the {_variant.Name} host ({_variant.Assembly}) {what}.{Environment.NewLine}Last output:{Environment.NewLine}{string.Join(Environment.NewLine, _tail)}");

    public void Dispose() => _process.Dispose();

    private void Keep(string? line)
    {
        if (line is null)
        {
            return;
        }

        _tail.Enqueue(line);
        while (_tail.Count > TailLines && _tail.TryDequeue(out _))
        {
        }
    }

    /// <summary>The <c>dotnet</c> running this driver when it was started with one, else <c>dotnet</c> on the PATH.</summary>
    private static string DotnetPath() =>
        Environment.ProcessPath is { } path && Path.GetFileNameWithoutExtension(path) == "dotnet" ? path : "dotnet";
}
