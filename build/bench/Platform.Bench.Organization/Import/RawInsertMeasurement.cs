using System.Diagnostics;
using System.Runtime;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Platform.Core.Organization;
using Platform.Core.Organization.Import;
using Platform.Core.Organization.Persistence;
using Platform.Core.Persistence;

namespace Platform.Bench.Organization.Import;

/// <summary>
/// <c>measure-raw --file F --db FILE</c> (child process): the floor the import is compared with. Creates the schema
/// in a fresh SQLite file with the engine's own EF migration (WAL, as the kernel sets it up), then times inserting the
/// same rows with raw Microsoft.Data.Sqlite prepared statements, one per table reused for every row, in one
/// transaction, foreign keys on — no reading, no validation, no comparison.
/// </summary>
internal static class RawInsertMeasurement
{
    public static async Task<int> RunAsync(BenchArguments arguments)
    {
        var databaseFile = Path.GetFullPath(arguments.Required("db"));
        await using var stream = File.OpenRead(arguments.Required("file"));
        var tables = RawRows.From(await OrgDocumentJson.ReadAsync(stream, CancellationToken.None));

        var provider = new SqliteDatabaseProvider(databaseFile);
        provider.Initialize();
        var options = new DbContextOptionsBuilder<OrgDbContext>();
        provider.Configure(options, OrganizationModule.Id, typeof(OrgDbContext));
        await using (var db = new OrgDbContext(options.Options))
        {
            await db.Database.MigrateAsync();
        }

        var connectionString = new SqliteConnectionStringBuilder { DataSource = databaseFile, ForeignKeys = true, Pooling = true, DefaultTimeout = 30 }.ToString();
        await using var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync();

        var started = Stopwatch.GetTimestamp();
        var rows = 0L;
        await using (var transaction = (SqliteTransaction)await connection.BeginTransactionAsync())
        {
            foreach (var table in tables)
            {
                rows += Insert(connection, transaction, table);
            }

            await transaction.CommitAsync();
        }

        var seconds = Stopwatch.GetElapsedTime(started).TotalSeconds;
        using var process = Process.GetCurrentProcess();
        var measurement = new Measurement
        {
            Seconds = seconds,
            PeakWorkingSetBytes = process.PeakWorkingSet64,
            GcMode = GCSettings.IsServerGC ? "server" : "workstation",
            Rows = rows,
            Summary = string.Join(", ", tables.Select(t => $"{t.Name} {t.Rows.Count}")),
        };
        Console.WriteLine(Measurement.Prefix + JsonSerializer.Serialize(measurement));
        return 0;
    }

    private static int Insert(SqliteConnection connection, SqliteTransaction transaction, RawTable table)
    {
        if (table.Rows.Count == 0)
        {
            return 0;
        }

        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = table.Sql;
        var parameters = Enumerable.Range(0, table.Rows[0].Length).Select(i => command.Parameters.Add(new SqliteParameter { ParameterName = "@p" + i })).ToArray();
        command.Prepare();
        foreach (var row in table.Rows)
        {
            for (var i = 0; i < parameters.Length; i++)
            {
                parameters[i].Value = row[i] ?? DBNull.Value;
            }

            command.ExecuteNonQuery();
        }

        return table.Rows.Count;
    }
}
