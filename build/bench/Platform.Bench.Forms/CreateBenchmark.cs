using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Platform.Contracts.Forms.Definitions;
using Platform.Contracts.Forms.Permissions;
using Platform.Contracts.Forms.Records;
using Platform.Core.Forms.Processing;

namespace Platform.Bench.Forms;

/// <summary>Validate, compute and save: <see cref="IFormRecords.CreateAsync"/> of the big form, one scope per call as a request would have.</summary>
internal static class CreateBenchmark
{
    public static async Task<Latencies> RunAsync(BenchHost host, int count, int warmup)
    {
        await using (var scope = host.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<IFormDefinitions>().PublishAsync(BigForm.Definition, CancellationToken.None);
        }

        // Inputs are built beforehand: the figure is the engine's, not the generator's.
        var inputs = Enumerable.Range(0, count + warmup).Select(BigForm.Data).ToList();
        var latencies = new Latencies();
        for (var i = 0; i < inputs.Count; i++)
        {
            var started = Stopwatch.GetTimestamp();
            await using (var scope = host.Services.CreateAsyncScope())
            {
                await scope.ServiceProvider.GetRequiredService<IFormRecords>().CreateAsync(BigForm.Key, inputs[i], null, CancellationToken.None);
            }

            if (i >= warmup)
            {
                latencies.Add(Stopwatch.GetElapsedTime(started));
            }
        }

        return latencies;
    }

    /// <summary>The record processor alone (validate, compute; nothing saved) on the same kind of input: the share of a create that is not storage.</summary>
    public static Latencies ProcessOnly(BenchHost host, int count, int warmup)
    {
        var processor = host.Services.GetRequiredService<IRecordProcessor>();
        var inputs = Enumerable.Range(100_000, count + warmup).Select(BigForm.Data).ToList();
        var latencies = new Latencies();
        for (var i = 0; i < inputs.Count; i++)
        {
            var started = Stopwatch.GetTimestamp();
            _ = processor.Process(BigForm.Definition, null, inputs[i], FieldPermissionProfile.AllEditable);
            if (i >= warmup)
            {
                latencies.Add(Stopwatch.GetElapsedTime(started));
            }
        }

        return latencies;
    }
}
