using System.Diagnostics;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Platform.Contracts.Forms.Definitions;
using Platform.Contracts.Forms.Permissions;
using Platform.Contracts.Forms.Records;
using Platform.Core.Forms.Persistence;
using Platform.Core.Forms.Persistence.Entities;
using Platform.Core.Forms.Processing;
using Platform.Core.Forms.Records;
using Platform.Core.Forms.Versions;

namespace Platform.Bench.Forms;

/// <summary>Validate, compute and save: <see cref="IFormRecords.CreateAsync"/> of the big form, one scope per call as a request would have.</summary>
internal static class CreateBenchmark
{
    public static async Task<CreateSamples> RunAsync(BenchHost host, int count, int warmup)
    {
        await using (var scope = host.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<IFormDefinitions>().PublishAsync(BigForm.Definition, CancellationToken.None);
        }

        // Inputs are built beforehand: the figure is the engine's, not the generator's.
        var inputs = Enumerable.Range(0, count + warmup).Select(BigForm.Data).ToList();
        var samples = new CreateSamples(host.DatabaseFile);

        // Warm-up: at least `warmup` creates, then on until tiered compilation has been quiet for 200 creates (at most
        // 5 × warmup more): what a server that has been up for a while runs.
        var quiet = 0;
        for (var i = 0; i < warmup || (quiet < 200 && i < 6 * warmup); i++)
        {
            var methods = System.Runtime.JitInfo.GetCompiledMethodCount();
            await using (var scope = host.Services.CreateAsyncScope())
            {
                await scope.ServiceProvider.GetRequiredService<IFormRecords>().CreateAsync(BigForm.Key, inputs[i % inputs.Count], null, CancellationToken.None);
            }

            quiet = System.Runtime.JitInfo.GetCompiledMethodCount() == methods ? quiet + 1 : 0;
            samples.WarmedUp = i + 1;
        }

        for (var i = warmup; i < inputs.Count; i++)
        {
            samples.Start();
            await using (var scope = host.Services.CreateAsyncScope())
            {
                await scope.ServiceProvider.GetRequiredService<IFormRecords>().CreateAsync(BigForm.Key, inputs[i], null, CancellationToken.None);
            }

            samples.Stop(keep: true);
        }

        return samples;
    }

    /// <summary>
    /// The same creates with the row written by hand (one ADO.NET INSERT per table in one transaction, on the scope's
    /// connection) instead of EF Core: what EF Core itself adds to a save.
    /// </summary>
    public static async Task<CreateSamples> RunRawAsync(BenchHost host, int count, int warmup)
    {
        var inputs = Enumerable.Range(200_000, count + warmup).Select(BigForm.Data).ToList();
        var samples = new CreateSamples(host.DatabaseFile);
        for (var i = 0; i < inputs.Count; i++)
        {
            samples.Start();
            await using (var scope = host.Services.CreateAsyncScope())
            {
                var db = scope.ServiceProvider.GetRequiredService<FormsDbContext>();
                var form = (await scope.ServiceProvider.GetRequiredService<FormDefinitionStore>().FindVersionAsync(BigForm.Key, null, CancellationToken.None))!;
                var stored = scope.ServiceProvider.GetRequiredService<IRecordProcessor>().Process(form.Definition, null, inputs[i], FieldPermissionProfile.AllEditable);
                var row = new FormRecordRow { Id = Guid.CreateVersion7().ToString(), FormKey = form.Key, FormVersion = form.Version, Data = stored.ToJsonString(), Revision = 1 };
                Projection.Apply(row, form, stored);
                var connection = (SqliteConnection)db.Database.GetDbConnection();
                if (connection.State != System.Data.ConnectionState.Open)
                {
                    await connection.OpenAsync();
                }

                var started = Stopwatch.GetTimestamp();
                await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync();
                Breakdown.Begin += Stopwatch.GetElapsedTime(started);
                started = Stopwatch.GetTimestamp();
                await using (var insert = connection.CreateCommand())
                {
                    insert.Transaction = transaction;
                    insert.CommandText = "INSERT INTO forms_records (id, form_key, form_version, data, revision, created_at_ticks, updated_at_ticks, created_by, "
                        + string.Join(", ", Enumerable.Range(1, FormRecordRow.Slots).Select(s => $"q{s}_text, q{s}_num")) + ") VALUES ($id, $key, $version, $data, 1, 0, 0, NULL, "
                        + string.Join(", ", Enumerable.Range(1, FormRecordRow.Slots).Select(s => $"$t{s}, $n{s}")) + ")";
                    insert.Parameters.AddWithValue("$id", row.Id);
                    insert.Parameters.AddWithValue("$key", row.FormKey);
                    insert.Parameters.AddWithValue("$version", row.FormVersion);
                    insert.Parameters.AddWithValue("$data", row.Data);
                    for (var s = 1; s <= FormRecordRow.Slots; s++)
                    {
                        var text = typeof(FormRecordRow).GetProperty(FormRecordRow.TextColumn(s))!.GetValue(row);
                        var number = typeof(FormRecordRow).GetProperty(FormRecordRow.NumberColumn(s))!.GetValue(row);
                        insert.Parameters.AddWithValue($"$t{s}", text ?? DBNull.Value);
                        insert.Parameters.AddWithValue($"$n{s}", number ?? DBNull.Value);
                    }

                    await insert.ExecuteNonQueryAsync();
                }

                await using (var change = connection.CreateCommand())
                {
                    change.Transaction = transaction;
                    change.CommandText = "INSERT INTO forms_record_changes (record_id, revision, at_ticks, by, changes) VALUES ($id, 1, 0, NULL, '{}')";
                    change.Parameters.AddWithValue("$id", row.Id);
                    await change.ExecuteNonQueryAsync();
                }

                Breakdown.Commands += Stopwatch.GetElapsedTime(started);
                started = Stopwatch.GetTimestamp();
                await transaction.CommitAsync();
                Breakdown.Commit += Stopwatch.GetElapsedTime(started);
            }

            samples.Stop(keep: i >= warmup);
        }

        return samples;
    }

    /// <summary>The record processor alone (validate, compute; nothing saved) on the same kind of input: the share of a create that is not storage.</summary>
    public static CreateSamples ProcessOnly(BenchHost host, int count, int warmup)
    {
        var processor = host.Services.GetRequiredService<IRecordProcessor>();
        var inputs = Enumerable.Range(100_000, count + warmup).Select(BigForm.Data).ToList();
        var samples = new CreateSamples(host.DatabaseFile);
        for (var i = 0; i < inputs.Count; i++)
        {
            samples.Start();
            _ = processor.Process(BigForm.Definition, null, inputs[i], FieldPermissionProfile.AllEditable);
            samples.Stop(keep: i >= warmup);
        }

        return samples;
    }
}
