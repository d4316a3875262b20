using System.Diagnostics;
using System.Runtime;
using System.Text.Json;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Platform.Contracts.Organization.Import;
using Platform.Core.Hosting;
using Platform.Core.Organization;
using Platform.Core.Organization.Import;

namespace Platform.Bench.Organization.Import;

/// <summary>
/// <c>measure-import --file F --data-dir D</c> (child process): boots the kernel with the organization engine on D
/// (migrations applied, not timed), then times reading F and importing it — what <c>platform org import</c> does.
/// </summary>
internal static class ImportMeasurement
{
    public static async Task<int> RunAsync(BenchArguments arguments)
    {
        var file = arguments.Required("file");
        var booting = Stopwatch.GetTimestamp();
        var kernel = new PlatformKernel(new KernelOptions { DataDirectory = arguments.Required("data-dir") }, NullLoggerFactory.Instance);
        kernel.AddModule(new OrganizationModule(), OrganizationModule.Manifest);
        var services = new ServiceCollection();
        services.AddLogging();
        await kernel.BootAsync(services, new ConfigurationBuilder().Build());
        await using var provider = services.BuildServiceProvider();
        await using var scope = provider.CreateAsyncScope();
        var importer = scope.ServiceProvider.GetRequiredService<IOrganizationImporter>();
        var boot = Stopwatch.GetElapsedTime(booting).TotalSeconds;

        var started = Stopwatch.GetTimestamp();
        OrgDocument document;
        await using (var stream = File.OpenRead(file))
        {
            document = await OrgDocumentJson.ReadAsync(stream, CancellationToken.None);
        }

        var parsed = Stopwatch.GetTimestamp();
        var stages = new StageClock();
        var report = await importer.ImportAsync(document, dryRun: false, stages, CancellationToken.None);
        var ended = Stopwatch.GetTimestamp();
        if (!report.Applied)
        {
            throw new BenchmarkException($"the import was not applied: {string.Join("; ", report.Errors.Take(5))}");
        }

        using var process = Process.GetCurrentProcess();
        var measurement = new Measurement
        {
            Seconds = Stopwatch.GetElapsedTime(started, ended).TotalSeconds,
            ParseSeconds = Stopwatch.GetElapsedTime(started, parsed).TotalSeconds,
            ImportSeconds = Stopwatch.GetElapsedTime(parsed, ended).TotalSeconds,
            BootSeconds = boot,
            PeakWorkingSetBytes = process.PeakWorkingSet64,
            GcMode = GCSettings.IsServerGC ? "server" : "workstation",
            Rows = report.Counts.Values.Sum(c => (long)c.Created + c.Updated),
            Summary = string.Join(", ", report.Counts.Select(c => $"{c.Key} {c.Value.Created}/{c.Value.Updated}/{c.Value.Unchanged}")),
            Stages = stages.Durations(ended),
        };
        Console.WriteLine(Measurement.Prefix + JsonSerializer.Serialize(measurement));
        return 0;
    }
}
