using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Platform.Core.Persistence;

namespace Platform.Bench.Workflow;

/// <summary>
/// The kernel's SQLite provider with <c>PRAGMA busy_timeout</c> set on every connection (<c>--busy-timeout MS</c>): a
/// writer that finds the database locked waits inside SQLite's own busy handler (short sleeps, retried until the lock is
/// free) instead of Microsoft.Data.Sqlite's retry loop, which sleeps 150 ms between attempts.
/// </summary>
internal sealed class BusyTimeoutProvider(SqliteDatabaseProvider inner, int milliseconds) : IDatabaseProvider
{
    public string Name => inner.Name;

    public void Initialize() => inner.Initialize();

    public DbConnection CreateConnection()
    {
        var connection = inner.CreateConnection();
        connection.StateChange += (sender, change) =>
        {
            if (change.CurrentState == System.Data.ConnectionState.Open)
            {
                using var command = ((DbConnection)sender!).CreateCommand();
                command.CommandText = $"PRAGMA busy_timeout={milliseconds};";
                command.ExecuteNonQuery();
            }
        };
        return connection;
    }

    public void Configure(DbContextOptionsBuilder options, DbConnection connection, string moduleId, Type contextType) =>
        inner.Configure(options, connection, moduleId, contextType);

    public void Configure(DbContextOptionsBuilder options, string moduleId, Type contextType) =>
        inner.Configure(options, moduleId, contextType);

    public Task<bool> CanConnectAsync(CancellationToken cancellationToken) => inner.CanConnectAsync(cancellationToken);
}
