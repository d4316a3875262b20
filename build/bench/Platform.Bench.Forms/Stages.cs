using System.Globalization;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Platform.Contracts.Forms.Permissions;
using Platform.Core.Forms.Persistence;
using Platform.Core.Forms.Persistence.Entities;
using Platform.Core.Forms.Processing;
using Platform.Core.Forms.Records;
using Platform.Core.Forms.Versions;

namespace Platform.Bench.Forms;

/// <summary>
/// <c>--stages</c>: the thread CPU time (not wall time, so the machine's load does not count) of each step a create
/// takes, done one by one as <see cref="FormRecordStore.CreateAsync"/> does them, with EF Core's save timed as a whole.
/// </summary>
internal static class Stages
{
    public static async Task<string> RunAsync(BenchHost host, int count, int warmup)
    {
        var inputs = Enumerable.Range(300_000, count + warmup).Select(BigForm.Data).ToList();
        string[] names = ["scope + context", "find version", "process", "serialize (ToJsonString)", "projection", "redact (copy)", "EF save (2 INSERTs + commit)", "dispose scope"];
        var cpu = names.Select(_ => new List<double>()).ToArray();
        var wait = names.Select(_ => new List<double>()).ToArray();
        var jitted = new long[names.Length];
        for (var i = 0; i < inputs.Count; i++)
        {
            var step = 0;
            var mark = ThreadClock.Read();
            var methods = System.Runtime.JitInfo.GetCompiledMethodCount();
            void Lap()
            {
                var now = ThreadClock.Read();
                var compiled = System.Runtime.JitInfo.GetCompiledMethodCount();
                if (i >= warmup)
                {
                    jitted[step] += compiled - methods;
                    cpu[step].Add((now.CpuNs - mark.CpuNs) / 1e6);
                    wait[step].Add((now.WaitNs - mark.WaitNs) / 1e6);
                }

                step++;
                methods = compiled;
                mark = ThreadClock.Read();
            }

            var scope = host.Services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<FormsDbContext>();
            var processor = scope.ServiceProvider.GetRequiredService<IRecordProcessor>();
            var definitions = scope.ServiceProvider.GetRequiredService<FormDefinitionStore>();
            Lap();
            var form = (await definitions.FindVersionAsync(BigForm.Key, null, CancellationToken.None))!;
            Lap();
            var stored = processor.Process(form.Definition, null, inputs[i], FieldPermissionProfile.AllEditable);
            Lap();
            var data = stored.ToJsonString();
            Lap();
            var row = new FormRecordRow { Id = Guid.CreateVersion7().ToString(), FormKey = form.Key, FormVersion = form.Version, Data = data, Revision = 1 };
            Projection.Apply(row, form, stored);
            Lap();
            _ = processor.Redact(form.Definition, stored, FieldPermissionProfile.AllEditable);
            Lap();
            db.Records.Add(row);
            db.Changes.Add(new FormRecordChangeRow { RecordId = row.Id, Revision = 1, Changes = "{}" });
            await db.SaveChangesAsync();
            db.ChangeTracker.Clear();
            Lap();
            await scope.DisposeAsync();
            Lap();
        }

        var text = new StringBuilder();
        text.AppendLine("  stages of a create, thread CPU ms (run-queue wait excluded by construction):");
        for (var s = 0; s < names.Length; s++)
        {
            var sorted = cpu[s].Order().ToList();
            text.AppendLine(string.Create(CultureInfo.InvariantCulture,
                $"    {names[s],-30} cpu p50={sorted[sorted.Count / 2],7:F3}  p99={sorted[(int)(sorted.Count * 0.99)],7:F3}  mean={sorted.Average(),7:F3}   run-queue wait mean={wait[s].Average(),7:F3}   methods JIT-compiled per call={(double)jitted[s] / cpu[s].Count:F2}"));
        }

        return text.ToString();
    }
}
