using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Platform.Core.Persistence;

namespace Platform.Bench.Forms;

/// <summary>
/// The kernel's SQLite provider with <c>PRAGMA synchronous=NORMAL</c> on every connection (--sync normal): what the
/// create figures are with SQLite's recommended setting for WAL mode (no fsync per commit; durable at checkpoints).
/// </summary>
internal sealed class NormalSyncProvider(SqliteDatabaseProvider inner) : IDatabaseProvider
{
    public string Name => inner.Name;

    public void Initialize() => inner.Initialize();

    public void Configure(DbContextOptionsBuilder options, string moduleId, Type contextType)
    {
        inner.Configure(options, moduleId, contextType);
        options.AddInterceptors(new SynchronousNormal());
    }

    public Task<bool> CanConnectAsync(CancellationToken cancellationToken) => inner.CanConnectAsync(cancellationToken);

    private sealed class SynchronousNormal : DbConnectionInterceptor
    {
        public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => Set(connection);

        public override Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
        {
            Set(connection);
            return Task.CompletedTask;
        }

        private static void Set(DbConnection connection)
        {
            using var command = connection.CreateCommand();
            command.CommandText = "PRAGMA synchronous=NORMAL;";
            command.ExecuteNonQuery();
        }
    }
}
