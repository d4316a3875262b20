using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Platform.Core.Persistence;

/// <summary>The embedded default: one SQLite file in the data directory, in WAL mode, shared by every module.</summary>
public sealed class SqliteDatabaseProvider : IDatabaseProvider
{
    private readonly string _connectionString;

    /// <summary>Creates the provider for a database file.</summary>
    /// <param name="databaseFile">Path of the SQLite file; its directory is created if missing.</param>
    public SqliteDatabaseProvider(string databaseFile)
    {
        DatabaseFile = Path.GetFullPath(databaseFile);
        _connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = DatabaseFile,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = true,
            DefaultTimeout = 30,
        }.ToString();
    }

    /// <summary>Full path of the database file.</summary>
    public string DatabaseFile { get; }

    /// <inheritdoc />
    public string Name => "Sqlite";

    /// <inheritdoc />
    public void Initialize()
    {
        Directory.CreateDirectory(Path.GetDirectoryName(DatabaseFile)!);
        using var connection = new SqliteConnection(_connectionString);
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode=WAL;";
        command.ExecuteNonQuery();
    }

    /// <inheritdoc />
    public DbConnection CreateConnection()
    {
        // SQLite's own busy handler (short, growing sleeps) instead of the driver's 150 ms retry steps when another
        // process holds the write lock; writers of this process queue in WriteGate before they get here.
        var connection = new SqliteConnection(_connectionString);
        connection.StateChange += (_, change) =>
        {
            if (change.CurrentState == System.Data.ConnectionState.Open)
            {
                using var pragma = connection.CreateCommand();
                pragma.CommandText = "PRAGMA busy_timeout = 30000;";
                pragma.ExecuteNonQuery();
            }
        };
        return connection;
    }

    /// <inheritdoc />
    public void Configure(DbContextOptionsBuilder options, DbConnection connection, string moduleId, Type contextType) =>
        options.UseSqlite(connection, sqlite => sqlite
            .MigrationsAssembly(contextType.Assembly)
            .MigrationsHistoryTable(MigrationsTable.For(moduleId)));

    /// <inheritdoc />
    public void Configure(DbContextOptionsBuilder options, string moduleId, Type contextType) =>
        options.UseSqlite(_connectionString, sqlite => sqlite
            .MigrationsAssembly(contextType.Assembly)
            .MigrationsHistoryTable(MigrationsTable.For(moduleId)));

    /// <inheritdoc />
    public async Task<bool> CanConnectAsync(CancellationToken cancellationToken)
    {
        try
        {
            await using var connection = new SqliteConnection(_connectionString);
            await connection.OpenAsync(cancellationToken);
            return true;
        }
        catch (SqliteException)
        {
            return false;
        }
    }
}
