using System.Diagnostics;
using Microsoft.Data.Sqlite;

namespace Platform.Bench.Workflow;

/// <summary>
/// The floor an action stands on: one transaction shaped like an approval — update a work item, insert a history row,
/// update the instance (state JSON, revision checked and raised) — written with Microsoft.Data.Sqlite directly, prepared
/// commands, <c>BEGIN IMMEDIATE</c>/<c>COMMIT</c>, by concurrent connections to a SQLite file in WAL mode with the
/// engine's own table definitions (copied from the engine's database) and the same connection settings as the kernel's.
/// </summary>
internal static class RawTransactionBenchmark
{
    private const int InstancesPerClient = 5_000;

    public static async Task<(double PerSecond, int Transactions, Latencies Times, double CpuMs)> RunAsync(string engineDatabase, string directory, int clients, TimeSpan warmup, TimeSpan window, int busyTimeout)
    {
        var file = Path.Combine(directory, $"raw-action-{clients}-{busyTimeout}.db");
        var connectionString = new SqliteConnectionStringBuilder { DataSource = file, Mode = SqliteOpenMode.ReadWriteCreate, Pooling = true, DefaultTimeout = 30 }.ToString();
        var state = await SeedAsync(engineDatabase, connectionString, clients);

        var origin = Stopwatch.GetTimestamp();
        var from = origin + (long)(warmup.TotalSeconds * Stopwatch.Frequency);
        var to = from + (long)(window.TotalSeconds * Stopwatch.Frequency);
        var times = new Latencies();
        var counted = 0;
        var tasks = Enumerable.Range(0, clients).Select(c => Task.Run(() =>
        {
            using var connection = new SqliteConnection(connectionString);
            connection.Open();
            if (busyTimeout > 0)
            {
                Execute(connection, $"PRAGMA busy_timeout={busyTimeout};");
            }

            using var item = Command(connection, "UPDATE wf_work_items SET state = 'done', live = 0, outcome = 'approved', completed_at_ticks = $now WHERE id = $id", "$now", "$id");
            using var history = Command(connection,
                "INSERT INTO wf_history (instance_id, sequence, action, node_id, work_item_id, actor_id, on_behalf_of_id, opinion, at_ticks, assigned_at_ticks, viewed_at_ticks, due_at_ticks, details) " +
                "VALUES ($instance, $sequence, 'approved', 'countersign', $item, $actor, NULL, 'Agreed.', $now, $assigned, NULL, NULL, NULL) RETURNING id",
                "$instance", "$sequence", "$item", "$actor", "$now", "$assigned");
            using var instance = Command(connection, "UPDATE wf_instances SET state = $state, revision = $next WHERE id = $id AND revision = $revision", "$state", "$next", "$id", "$revision");
            var revisions = new long[InstancesPerClient];
            var sequence = new long[InstancesPerClient];
            for (var n = 0L; Stopwatch.GetTimestamp() < to; n++)
            {
                var i = (int)(n % InstancesPerClient);
                var instanceId = $"raw-{c}-{i}";
                var now = TimeProvider.System.GetUtcNow().UtcTicks;
                var started = Stopwatch.GetTimestamp();
                using (var transaction = connection.BeginTransaction())
                {
                    item.Transaction = history.Transaction = instance.Transaction = transaction;
                    item.Parameters["$now"].Value = now;
                    item.Parameters["$id"].Value = $"{instanceId}-{n % 4}";
                    item.ExecuteNonQuery();
                    history.Parameters["$instance"].Value = instanceId;
                    history.Parameters["$sequence"].Value = 100 + ++sequence[i];
                    history.Parameters["$item"].Value = $"{instanceId}-{n % 4}";
                    history.Parameters["$actor"].Value = "00000000-0000-0000-0000-000000000001";
                    history.Parameters["$now"].Value = now;
                    history.Parameters["$assigned"].Value = now;
                    _ = history.ExecuteScalar();
                    instance.Parameters["$state"].Value = state;
                    instance.Parameters["$next"].Value = revisions[i] + 1;
                    instance.Parameters["$id"].Value = instanceId;
                    instance.Parameters["$revision"].Value = revisions[i];
                    if (instance.ExecuteNonQuery() != 1)
                    {
                        throw new InvalidOperationException($"Raw instance {instanceId} lost its revision.");
                    }

                    transaction.Commit();
                    revisions[i]++;
                }

                var end = Stopwatch.GetTimestamp();
                if (end >= from && end < to)
                {
                    times.Add(Stopwatch.GetElapsedTime(started, end));
                    Interlocked.Increment(ref counted);
                }
            }
        })).ToArray();
        var cpu = await ThroughputBenchmark.CpuInWindowAsync(from, to);
        await Task.WhenAll(tasks);
        SqliteConnection.ClearAllPools();
        return (counted / window.TotalSeconds, counted, times, cpu.TotalMilliseconds / Math.Max(counted, 1));
    }

    /// <summary>Copies the engine's three table definitions and indexes into a fresh file (WAL) and fills each client's instances.</summary>
    private static async Task<string> SeedAsync(string engineDatabase, string connectionString, int clients)
    {
        var ddl = new List<string>();
        string state;
        await using (var engine = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = engineDatabase, Mode = SqliteOpenMode.ReadOnly }.ToString()))
        {
            await engine.OpenAsync();
            await using var command = engine.CreateCommand();
            command.CommandText = "SELECT sql FROM sqlite_master WHERE tbl_name IN ('wf_instances', 'wf_work_items', 'wf_history') AND sql IS NOT NULL ORDER BY type DESC";
            await using (var reader = await command.ExecuteReaderAsync())
            {
                while (await reader.ReadAsync())
                {
                    ddl.Add(reader.GetString(0));
                }
            }

            // A real instance's state after a countersign approval: what an action writes back.
            command.CommandText = "SELECT state FROM wf_instances WHERE status = 'approved' ORDER BY started_at_ticks DESC LIMIT 1";
            state = (string?)await command.ExecuteScalarAsync() ?? throw new InvalidOperationException("No approved engine instance to copy the state of.");
        }

        await using var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync();
        Execute(connection, "PRAGMA journal_mode=WAL;");
        foreach (var statement in ddl)
        {
            Execute(connection, statement);
        }

        var now = TimeProvider.System.GetUtcNow().UtcTicks;
        using (var transaction = connection.BeginTransaction())
        {
            using var instance = Command(connection,
                "INSERT INTO wf_instances (id, process_key, version, title, app, record_id, submitter_id, submitter_department_id, parent_id, parent_run_id, status, revision, started_at_ticks, ended_at_ticks, state) " +
                "VALUES ($id, 'bench-approval', 1, 'Request', 'bench', NULL, '00000000-0000-0000-0000-000000000002', 'd0', NULL, NULL, 'running', 0, $now, NULL, $state)",
                "$id", "$now", "$state");
            using var item = Command(connection,
                "INSERT INTO wf_work_items (id, instance_id, run_id, node_id, node_name, process_key, title, app, kind, state, live, assignee_id, on_behalf_of_id, assignee_department_id, position, added_by_id, returns_to_id, created_by_sequence, assigned_at_ticks, viewed_at_ticks, completed_at_ticks, due_at_ticks, outcome) " +
                "VALUES ($id, $instance, 'run', 'countersign', 'Countersign', 'bench-approval', 'Request', 'bench', 'approval', 'open', 1, $assignee, NULL, 'd1', 0, NULL, NULL, 1, $now, NULL, NULL, NULL, NULL)",
                "$id", "$instance", "$assignee", "$now");
            instance.Transaction = item.Transaction = transaction;
            for (var c = 0; c < clients; c++)
            {
                for (var i = 0; i < InstancesPerClient; i++)
                {
                    var id = $"raw-{c}-{i}";
                    instance.Parameters["$id"].Value = id;
                    instance.Parameters["$now"].Value = now;
                    instance.Parameters["$state"].Value = state;
                    instance.ExecuteNonQuery();
                    for (var k = 0; k < 4; k++)
                    {
                        item.Parameters["$id"].Value = $"{id}-{k}";
                        item.Parameters["$instance"].Value = id;
                        item.Parameters["$assignee"].Value = $"00000000-0000-0000-0000-00000000001{k}";
                        item.Parameters["$now"].Value = now;
                        item.ExecuteNonQuery();
                    }
                }
            }

            transaction.Commit();
        }

        return state;
    }

    /// <summary>What <c>PRAGMA <paramref name="name"/></c> says on a connection opened with the kernel's settings (Microsoft.Data.Sqlite, DefaultTimeout 30).</summary>
    public static long Pragma(string databaseFile, string name)
    {
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = databaseFile, Pooling = false, DefaultTimeout = 30 }.ToString());
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA " + name;
        return (long)command.ExecuteScalar()!;
    }

    private static SqliteCommand Command(SqliteConnection connection, string sql, params string[] parameters)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var name in parameters)
        {
            command.Parameters.Add(new SqliteParameter(name, null));
        }

        return command;
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
