using System.Diagnostics;
using System.Text.Json;

namespace Platform.Bench.Organization.Import;

/// <summary>Runs one measurement in a fresh process of this program, so each peak working set is its own.</summary>
internal static class ChildProcess
{
    public static async Task<Measurement> MeasureAsync(bool serverGc, params string[] args)
    {
        var start = new ProcessStartInfo(Environment.ProcessPath!) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        if (Path.GetFileNameWithoutExtension(Environment.ProcessPath) == "dotnet")
        {
            start.ArgumentList.Add(typeof(ChildProcess).Assembly.Location);
        }

        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["DOTNET_gcServer"] = serverGc ? "1" : "0";
        using var process = Process.Start(start) ?? throw new BenchmarkException("could not start a measurement process");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        var result = (await stdout).Split('\n').LastOrDefault(l => l.StartsWith(Measurement.Prefix, StringComparison.Ordinal));
        if (process.ExitCode != 0 || result is null)
        {
            throw new BenchmarkException($"'{string.Join(' ', args)}' exited with {process.ExitCode}: {await stderr}{await stdout}");
        }

        return JsonSerializer.Deserialize<Measurement>(result[Measurement.Prefix.Length..])!;
    }
}
