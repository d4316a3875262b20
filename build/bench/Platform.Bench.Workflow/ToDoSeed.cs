using System.Diagnostics;
using System.Globalization;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Platform.Contracts.Organization.Authentication;
using Platform.Contracts.Workflow.Runtime;

namespace Platform.Bench.Workflow;

/// <summary>
/// A data directory holding <c>N</c> historical instances of <see cref="ApprovalProcess"/>, cached in
/// <c>&lt;work&gt;/workflow-todos-&lt;N&gt;</c> so reruns skip seeding. Two real instances are run through the engine
/// first — one taken to the end, one just started — and their rows are copied (<see cref="InstanceTemplate"/>) by
/// <c>INSERT … SELECT</c> statements SQLite runs itself, one per template row, journal off, the engine's indexes dropped
/// meanwhile and rebuilt after. About 98.5% of the copies are
/// finished (4 done work items, 10 history rows); 1.5%, all among the most recent 3%, wait at the countersign node
/// (3 open items, 4 history rows). Each copy has a random submitter and 4 different random approvers out of 200 members,
/// so each member holds about 2% of all items; <see cref="MeasuredLogin"/> is one of them and can sign in with
/// <see cref="Password"/>.
/// </summary>
internal sealed record ToDoSeed(string Directory, int Instances, string MeasuredId, int OpenItems, int DoneItems, string SeedNote)
{
    public const string MeasuredLogin = "m010";
    public const string Password = "bench-member-password";
    private const string Marker = "seeded.txt";

    public static async Task<ToDoSeed> EnsureAsync(string work, int instances)
    {
        var directory = Path.GetFullPath(Path.Combine(work, "workflow-todos-" + instances.ToString(CultureInfo.InvariantCulture)));
        var marker = Path.Combine(directory, Marker);
        if (File.Exists(marker))
        {
            var lines = await File.ReadAllLinesAsync(marker);
            return new ToDoSeed(directory, instances, lines[0], int.Parse(lines[1], CultureInfo.InvariantCulture), int.Parse(lines[2], CultureInfo.InvariantCulture), "reused " + lines[3]);
        }

        if (System.IO.Directory.Exists(directory))
        {
            System.IO.Directory.Delete(directory, recursive: true);
        }

        var stopwatch = Stopwatch.StartNew();
        Dictionary<string, string> ids;
        Dictionary<string, string> departments;
        string finished;
        string waiting;
        await using (var host = await BenchHost.StartAsync(directory, keep: true))
        {
            (ids, departments) = await BenchOrg.EnsureAsync(host);
            var admin = ids[BenchOrg.Login(0)];
            await ApprovalProcess.PublishAsync(host, admin, [ids["m001"], ids["m002"], ids["m003"]], ids["m004"]);
            await host.AsAsync(admin, async sp =>
            {
                await sp.GetRequiredService<IMemberAuthenticator>().SetPasswordAsync(ids[MeasuredLogin], Password, CancellationToken.None);
                return true;
            });
            finished = await RunAsync(host, ids["m005"], finish: true);
            waiting = await RunAsync(host, ids["m005"], finish: false);
        }

        var templateMembers = new[] { ids["m005"], ids["m001"], ids["m002"], ids["m003"], ids["m004"] };
        var connectionString = new SqliteConnectionStringBuilder { DataSource = Path.Combine(directory, "platform.db"), Pooling = false }.ToString();
        await using (var connection = new SqliteConnection(connectionString))
        {
            await connection.OpenAsync();
            var done = InstanceTemplate.Read(connection, finished, templateMembers);
            var open = InstanceTemplate.Read(connection, waiting, templateMembers[..4]);
            Execute(connection, "PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF; PRAGMA cache_size=-524288; PRAGMA temp_store=MEMORY;");
            var indexes = new List<(string Name, string Sql)>();
            using (var command = connection.CreateCommand())
            {
                command.CommandText = "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL AND tbl_name IN ('wf_instances', 'wf_work_items', 'wf_history')";
                using var reader = command.ExecuteReader();
                while (reader.Read())
                {
                    indexes.Add((reader.GetString(0), reader.GetString(1)));
                }
            }

            foreach (var (name, _) in indexes)
            {
                Execute(connection, $"DROP INDEX \"{name}\"");
            }

            // Who and when, per copy, drawn by SQLite: a random submitter out of m010…m239 and four different random
            // approvers out of m010…m209 (a random base plus offsets from four disjoint ranges, modulo 200).
            Execute(connection, "CREATE TEMP TABLE seed_members (k INTEGER PRIMARY KEY, id TEXT NOT NULL, dept TEXT)");
            using (var member = connection.CreateCommand())
            {
                member.CommandText = "INSERT INTO seed_members (k, id, dept) VALUES ($k, $id, $dept)";
                for (var k = 0; k < BenchOrg.MemberCount; k++)
                {
                    member.Parameters.Clear();
                    member.Parameters.AddWithValue("$k", k);
                    member.Parameters.AddWithValue("$id", ids[BenchOrg.Login(k)]);
                    member.Parameters.AddWithValue("$dept", departments[ids[BenchOrg.Login(k)]]);
                    member.ExecuteNonQuery();
                }
            }

            var span = TimeSpan.FromDays(730).Ticks;
            var first = TimeProvider.System.GetUtcNow().UtcTicks - TimeSpan.TicksPerHour - span;
            var step = span / instances;
            var n = instances.ToString(CultureInfo.InvariantCulture);
            Execute(connection,
                "CREATE TEMP TABLE seed_random AS WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i + 1 < " + n + ") " +
                "SELECT i, abs(random()) AS r1, abs(random()) AS r2, abs(random()) AS r3, abs(random()) AS r4, abs(random()) AS r5, abs(random()) AS r6 FROM n");
            Execute(connection, FormattableString.Invariant(
                $"CREATE TEMP TABLE seed AS SELECT i, (i >= {instances - (instances * 3 / 100)} AND r6 % 2 = 0) AS running, {first} + i * {step} AS started, ({first} + i * {step} - {DateTimeOffset.UnixEpoch.UtcTicks}) / {TimeSpan.TicksPerMillisecond} AS ms, 10 + r1 % 230 AS k0, 10 + r2 % 200 AS k1, 10 + (r2 % 200 + 1 + r3 % 66) % 200 AS k2, 10 + (r2 % 200 + 67 + r4 % 66) % 200 AS k3, 10 + (r2 % 200 + 133 + r5 % 66) % 200 AS k4 FROM seed_random ORDER BY i"));
            const string Join = "seed s JOIN seed_members m0 ON m0.k = s.k0 JOIN seed_members m1 ON m1.k = s.k1 JOIN seed_members m2 ON m2.k = s.k2 " +
                "JOIN seed_members m3 ON m3.k = s.k3 JOIN seed_members m4 ON m4.k = s.k4";
            var statements = done.InsertSelects(Join + " WHERE NOT s.running").Concat(open.InsertSelects(Join + " WHERE s.running"))
                .OrderBy(x => x.Table == "wf_instances" ? 0 : x.Table == "wf_work_items" ? 1 : 2).ToList();
            foreach (var (table, sql) in statements)
            {
                using var transaction = connection.BeginTransaction();
                using (var command = connection.CreateCommand())
                {
                    command.Transaction = transaction;
                    command.CommandTimeout = 0;
                    command.CommandText = sql;
                    command.ExecuteNonQuery();
                }

                transaction.Commit();
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  seeding: {table} copied ({stopwatch.Elapsed.TotalSeconds:F0} s)"));
            }

            var indexing = Stopwatch.StartNew();
            foreach (var (_, sql) in indexes)
            {
                Execute(connection, sql);
            }

            Execute(connection, "PRAGMA journal_mode=WAL;");
            var (openItems, doneItems) = Count(connection, ids[MeasuredLogin]);
            var note = string.Create(CultureInfo.InvariantCulture, $"seeded in {stopwatch.Elapsed.TotalSeconds:F0} s (indexes {indexing.Elapsed.TotalSeconds:F0} s)");
            await File.WriteAllLinesAsync(marker, [ids[MeasuredLogin], openItems.ToString(CultureInfo.InvariantCulture), doneItems.ToString(CultureInfo.InvariantCulture), note]);
            return new ToDoSeed(directory, instances, ids[MeasuredLogin], openItems, doneItems, note);
        }
    }

    /// <summary>Open and done items the measured member holds.</summary>
    private static (int Open, int Done) Count(SqliteConnection connection, string memberId)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT SUM(state IN ('open', 'waiting')), SUM(state = 'done') FROM wf_work_items WHERE assignee_id = $member";
        command.Parameters.AddWithValue("$member", memberId);
        using var reader = command.ExecuteReader();
        reader.Read();
        return (reader.GetInt32(0), reader.GetInt32(1));
    }

    private static async Task<string> RunAsync(BenchHost host, string submitter, bool finish)
    {
        var instance = await host.AsAsync(submitter, sp => sp.GetRequiredService<IWorkflowRuntime>()
            .StartAsync(new StartProcess(ApprovalProcess.Key, "Purchase of office chairs"), CancellationToken.None));
        if (!finish)
        {
            return instance.Id;
        }

        for (var round = 0; round < 2; round++)
        {
            var open = (await host.AsAsync(submitter, sp => sp.GetRequiredService<IWorkflowQueries>().InstanceWorkItemsAsync(instance.Id, CancellationToken.None)))
                .Where(i => i.State == WorkItemState.Open).ToList();
            foreach (var item in open)
            {
                await host.AsAsync(item.AssigneeId, sp => sp.GetRequiredService<IWorkflowRuntime>()
                    .ActAsync(new WorkflowAction(ActionKind.Approve) { WorkItemId = item.Id, Opinion = "Agreed." }, CancellationToken.None));
            }
        }

        return instance.Id;
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
