using System.Diagnostics;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Platform.Contracts.Paging;
using Platform.Contracts.Workflow.Runtime;

namespace Platform.Bench.Workflow;

/// <summary>"My to-dos", page of 50, in-process through <see cref="IWorkflowQueries.WorkItemsAsync"/> (one scope per call, as a request) and as raw SQL.</summary>
internal static class ToDoBenchmark
{
    /// <summary>The query the engine runs for the open list, written by hand for Microsoft.Data.Sqlite (prepared once).</summary>
    public const string RawSql =
        "SELECT * FROM wf_work_items WHERE assignee_id = $member AND live ORDER BY assigned_at_ticks DESC LIMIT 50";

    /// <summary>
    /// The engine's query, timed with nothing listening; then, with EF Core's diagnostics listened to, 200 more calls give
    /// the mean time of the SQL statement inside (EF Core's own figure) and its text.
    /// </summary>
    public static async Task<(Latencies Times, double StatementMs, string Sql)> EngineAsync(BenchHost host, ToDoSeed seed, int queries, int warmup, bool done)
    {
        var expected = Math.Min(50, done ? seed.DoneItems : seed.OpenItems);
        Task<Page<WorkItem>> Query() => host.AsAsync(seed.MeasuredId, sp => sp.GetRequiredService<IWorkflowQueries>()
            .WorkItemsAsync(new ToDoQuery(seed.MeasuredId, new PageRequest(0, 50)) { Done = done }, CancellationToken.None));
        var latencies = new Latencies();
        for (var n = 0; n < queries + warmup; n++)
        {
            var started = Stopwatch.GetTimestamp();
            var page = await Query();
            var elapsed = Stopwatch.GetElapsedTime(started);
            if (page.Items.Count != expected)
            {
                throw new InvalidOperationException($"The to-do page has {page.Items.Count} items, expected {expected}.");
            }

            if (n >= warmup)
            {
                latencies.Add(elapsed);
            }
        }

        using var listening = StatementProbe.Listen();
        const int Probed = 200;
        var statementMs = 0.0;
        var sql = "";
        for (var n = 0; n < Probed; n++)
        {
            var (_, texts, ms) = await StatementProbe.CaptureAsync(Query);
            statementMs += ms;
            sql = string.Join("; ", texts);
        }

        return (latencies, statementMs / Probed, string.Join(' ', sql.Split((char[])['\r', '\n'], StringSplitOptions.RemoveEmptyEntries)));
    }

    public static Latencies Raw(ToDoSeed seed, int queries, int warmup)
    {
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = Path.Combine(seed.Directory, "platform.db"), Mode = SqliteOpenMode.ReadOnly }.ToString());
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = RawSql;
        command.Parameters.AddWithValue("$member", seed.MeasuredId);
        command.Prepare();
        var latencies = new Latencies();
        var expected = Math.Min(50, seed.OpenItems);
        for (var n = 0; n < queries + warmup; n++)
        {
            var started = Stopwatch.GetTimestamp();
            var rows = 0;
            using (var reader = command.ExecuteReader())
            {
                var values = new object[reader.FieldCount];
                while (reader.Read())
                {
                    reader.GetValues(values);
                    rows++;
                }
            }

            var elapsed = Stopwatch.GetElapsedTime(started);
            if (rows != expected)
            {
                throw new InvalidOperationException($"The raw query read {rows} rows, expected {expected}.");
            }

            if (n >= warmup)
            {
                latencies.Add(elapsed);
            }
        }

        return latencies;
    }

    public static string Plan(ToDoSeed seed)
    {
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = Path.Combine(seed.Directory, "platform.db"), Mode = SqliteOpenMode.ReadOnly }.ToString());
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "EXPLAIN QUERY PLAN " + RawSql;
        command.Parameters.AddWithValue("$member", seed.MeasuredId);
        using var reader = command.ExecuteReader();
        var steps = new List<string>();
        while (reader.Read())
        {
            steps.Add(reader.GetString(3));
        }

        return string.Join(" | ", steps);
    }
}
