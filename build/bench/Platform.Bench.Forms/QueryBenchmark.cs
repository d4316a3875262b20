using System.Diagnostics;
using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Platform.Contracts.Forms.Definitions;
using Platform.Contracts.Forms.Records;
using Platform.Contracts.Paging;
using Platform.Core.Forms.Persistence;
using Platform.Core.Forms.Persistence.Entities;
using Platform.Core.Forms.Records;
using Platform.Core.Forms.Versions;

namespace Platform.Bench.Forms;

/// <summary>
/// Pages of 50 out of <c>records</c> records of one form, through <see cref="IFormRecords.QueryAsync"/>: filtered on one
/// queryable field and sorted on another. The records are written untimed through the store's own row and projection
/// code, in large transactions.
/// </summary>
internal static class QueryBenchmark
{
    public const string Key = "bench-orders";
    private static readonly string[] Statuses = ["draft", "submitted", "approved", "rejected", "paid"];

    public static FormDefinition Definition { get; } = new()
    {
        Key = Key,
        Name = "Benchmark: orders",
        Fields =
        [
            new FieldDefinition { Key = "customer", Label = "Customer", Type = FieldType.Text, Queryable = true },
            new FieldDefinition { Key = "status", Label = "Status", Type = FieldType.SingleSelect, Queryable = true, Options = [.. Statuses.Select(s => new FieldOption(s, s))] },
            new FieldDefinition { Key = "amount", Label = "Amount", Type = FieldType.Money, Queryable = true },
            new FieldDefinition { Key = "orderedOn", Label = "Ordered on", Type = FieldType.Date, Queryable = true },
            new FieldDefinition { Key = "note", Label = "Note", Type = FieldType.LongText },
        ],
    };

    public static async Task<TimeSpan> SeedAsync(BenchHost host, int records)
    {
        var started = Stopwatch.GetTimestamp();
        FormVersion form;
        await using (var scope = host.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<IFormDefinitions>().PublishAsync(Definition, CancellationToken.None);
            form = (await scope.ServiceProvider.GetRequiredService<FormDefinitionStore>().FindVersionAsync(Key, null, CancellationToken.None))!;
        }

        var random = new Random(7);
        var created = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero).UtcTicks;
        const int Batch = 10_000;
        for (var done = 0; done < records; done += Batch)
        {
            await using var scope = host.Services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<FormsDbContext>();
            db.ChangeTracker.AutoDetectChangesEnabled = false;
            for (var i = done; i < Math.Min(records, done + Batch); i++)
            {
                var data = new JsonObject
                {
                    ["customer"] = $"Customer {random.Next(5000):0000}",
                    ["status"] = Statuses[random.Next(Statuses.Length)],
                    ["amount"] = (random.Next(10_000_000) / 100m).ToString("F2", CultureInfo.InvariantCulture),
                    ["orderedOn"] = new DateOnly(2025, 1, 1).AddDays(random.Next(730)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                    ["note"] = "A short note about the order, as people write them.",
                };
                var row = new FormRecordRow
                {
                    Id = Guid.CreateVersion7().ToString(),
                    FormKey = Key,
                    FormVersion = form.Version,
                    Data = data.ToJsonString(),
                    Revision = 1,
                    CreatedAtTicks = created + i * TimeSpan.TicksPerSecond,
                    UpdatedAtTicks = created + i * TimeSpan.TicksPerSecond,
                };
                Projection.Apply(row, form, data);
                db.Records.Add(row);
            }

            await db.SaveChangesAsync();
        }

        // As a database at rest is: the write-ahead log folded back into the file (SQLite does this itself as it goes).
        await using (var scope = host.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<FormsDbContext>().Database.ExecuteSqlRawAsync("PRAGMA wal_checkpoint(TRUNCATE);");
        }

        return Stopwatch.GetElapsedTime(started);
    }

    /// <summary>Runs <paramref name="count"/> queries built by <paramref name="query"/> (after <paramref name="warmup"/> unmeasured ones).</summary>
    public static async Task<Latencies> RunAsync(BenchHost host, int count, int warmup, Func<Random, RecordQuery> query)
    {
        var random = new Random(11);
        var latencies = new Latencies();
        for (var i = 0; i < count + warmup; i++)
        {
            var q = query(random);
            var started = Stopwatch.GetTimestamp();
            Page<FormRecord> page;
            await using (var scope = host.Services.CreateAsyncScope())
            {
                page = await scope.ServiceProvider.GetRequiredService<IFormRecords>().QueryAsync(q, CancellationToken.None);
            }

            if (i >= warmup)
            {
                latencies.Add(Stopwatch.GetElapsedTime(started));
            }

            if (page.Items.Count == 0 && q.Filters[0].Field != "customer")
            {
                throw new InvalidOperationException($"Query {q} returned nothing; the benchmark would measure an empty page.");
            }
        }

        return latencies;
    }

    /// <summary>Status equal to one of five values (a fifth of the records match), largest amount first, first page of 50.</summary>
    public static RecordQuery StatusByAmount(Random random) => new(
        Key,
        [new RecordFilter("status", "eq", Statuses[random.Next(Statuses.Length)])],
        [new RecordSort("amount", Descending: true)],
        new PageRequest(0, 50));

    /// <summary>As <see cref="StatusByAmount"/>, one of the first ten pages.</summary>
    public static RecordQuery StatusByAmountDeeper(Random random) => StatusByAmount(random) with { Page = new PageRequest(50 * random.Next(10), 50) };

    /// <summary>Customer equal to one of 5,000 values (about 20 records match), largest amount first: the filter's index leads.</summary>
    public static RecordQuery CustomerByAmount(Random random) => new(
        Key,
        [new RecordFilter("customer", "eq", $"Customer {random.Next(5000):0000}")],
        [new RecordSort("amount", Descending: true)],
        new PageRequest(0, 50));

    /// <summary>Amount at least a random value (1–100% match), newest order date first, first page.</summary>
    public static RecordQuery AmountByDate(Random random) => new(
        Key,
        [new RecordFilter("amount", "ge", JsonValue.Create(random.Next(0, 99_000)))],
        [new RecordSort("orderedOn", Descending: true)],
        new PageRequest(0, 50));

    /// <summary>SQLite's plan for the first query shape, for the report.</summary>
    public static async Task<string> PlanAsync(BenchHost host)
    {
        await using var scope = host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<FormsDbContext>();
        var store = scope.ServiceProvider.GetRequiredService<FormDefinitionStore>();
        var form = (await store.FindVersionAsync(Key, null, CancellationToken.None))!;
        var sql = RecordQueryPlan.Apply(db.Records.AsNoTracking(), form, StatusByAmount(new Random(1))).Select(r => r.Id).Skip(0).Take(50).ToQueryString();
        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "EXPLAIN QUERY PLAN " + string.Join('\n', sql.Split('\n').Where(l => !l.StartsWith("--", StringComparison.Ordinal) && !l.StartsWith(".param", StringComparison.Ordinal)));
        foreach (var line in sql.Split('\n').Where(l => l.StartsWith("-- @", StringComparison.Ordinal)))
        {
            var parts = line[3..].Split('=', 2);
            var p = command.CreateParameter();
            p.ParameterName = parts[0].Split(' ')[0].Trim();
            p.Value = parts[1].Trim().Trim('\'');
            command.Parameters.Add(p);
        }

        var plan = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            plan.Add(reader.GetString(3));
        }

        return string.Join(" | ", plan);
    }
}
