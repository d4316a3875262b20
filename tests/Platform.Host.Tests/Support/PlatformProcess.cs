using System.Diagnostics;

namespace Platform.Host.Tests.Support;

/// <summary>Runs the <c>platform</c> command line as a real process and returns what it printed.</summary>
internal static class PlatformProcess
{
    public static async Task<(int ExitCode, string Output, string Errors)> RunAsync(params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Platform.Host.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["COLUMNS"] = "240";
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(120));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await stdout, await stderr);
    }

    /// <summary>Runs and asserts success; returns standard output.</summary>
    public static async Task<string> RunOkAsync(params string[] args)
    {
        var (exitCode, output, errors) = await RunAsync(args);
        Assert.That(exitCode, Is.Zero, $"{output}\n{errors}");
        return output;
    }
}
