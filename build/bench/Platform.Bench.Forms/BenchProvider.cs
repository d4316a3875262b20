using System.Data.Common;
using System.Diagnostics;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Platform.Core.Persistence;

namespace Platform.Bench.Forms;

/// <summary>
/// The kernel's SQLite provider as the host uses it, plus what the create benchmark varies and measures: optional
/// pragmas on every connection it opens (<c>--sync normal</c>: <c>synchronous=NORMAL</c>; <c>--autocheckpoint N</c>:
/// <c>wal_autocheckpoint=N</c>) and interceptors that time each command and each transaction's begin and commit
/// (<see cref="Breakdown"/>).
/// </summary>
internal sealed class BenchProvider(SqliteDatabaseProvider inner, string? synchronous, int? autoCheckpoint) : IDatabaseProvider
{
    public string Name => inner.Name;

    public SqliteDatabaseProvider Inner => inner;

    public void Initialize() => inner.Initialize();

    public DbConnection CreateConnection()
    {
        var connection = inner.CreateConnection();
        connection.StateChange += (sender, change) =>
        {
            if (change.CurrentState == System.Data.ConnectionState.Open)
            {
                Pragmas((DbConnection)sender!);
            }
        };
        return connection;
    }

    public void Configure(DbContextOptionsBuilder options, DbConnection connection, string moduleId, Type contextType)
    {
        inner.Configure(options, connection, moduleId, contextType);
        options.AddInterceptors(new CommandTimer(), new TransactionTimer());
    }

    public void Configure(DbContextOptionsBuilder options, string moduleId, Type contextType) => inner.Configure(options, moduleId, contextType);

    public Task<bool> CanConnectAsync(CancellationToken cancellationToken) => inner.CanConnectAsync(cancellationToken);

    public void Pragmas(DbConnection connection)
    {
        var sql = (synchronous is null ? "" : $"PRAGMA synchronous={synchronous};")
            + (autoCheckpoint is { } pages ? string.Create(CultureInfo.InvariantCulture, $"PRAGMA wal_autocheckpoint={pages};") : "");
        if (sql.Length == 0)
        {
            return;
        }

        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private sealed class CommandTimer : DbCommandInterceptor
    {
        private long _started;

        public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result)
        {
            _started = Stopwatch.GetTimestamp();
            return result;
        }

        public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
        {
            _started = Stopwatch.GetTimestamp();
            return ValueTask.FromResult(result);
        }

        public override DbDataReader ReaderExecuted(DbCommand command, CommandExecutedEventData eventData, DbDataReader result)
        {
            Breakdown.Commands += Stopwatch.GetElapsedTime(_started);
            return result;
        }

        public override ValueTask<DbDataReader> ReaderExecutedAsync(DbCommand command, CommandExecutedEventData eventData, DbDataReader result, CancellationToken cancellationToken = default)
        {
            Breakdown.Commands += Stopwatch.GetElapsedTime(_started);
            return ValueTask.FromResult(result);
        }

        public override InterceptionResult<int> NonQueryExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<int> result)
        {
            _started = Stopwatch.GetTimestamp();
            return result;
        }

        public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
        {
            _started = Stopwatch.GetTimestamp();
            return ValueTask.FromResult(result);
        }

        public override int NonQueryExecuted(DbCommand command, CommandExecutedEventData eventData, int result)
        {
            Breakdown.Commands += Stopwatch.GetElapsedTime(_started);
            return result;
        }

        public override ValueTask<int> NonQueryExecutedAsync(DbCommand command, CommandExecutedEventData eventData, int result, CancellationToken cancellationToken = default)
        {
            Breakdown.Commands += Stopwatch.GetElapsedTime(_started);
            return ValueTask.FromResult(result);
        }
    }

    private sealed class TransactionTimer : DbTransactionInterceptor
    {
        private long _started;

        public override ValueTask<InterceptionResult<DbTransaction>> TransactionStartingAsync(DbConnection connection, TransactionStartingEventData eventData, InterceptionResult<DbTransaction> result, CancellationToken cancellationToken = default)
        {
            _started = Stopwatch.GetTimestamp();
            return ValueTask.FromResult(result);
        }

        public override ValueTask<DbTransaction> TransactionStartedAsync(DbConnection connection, TransactionEndEventData eventData, DbTransaction result, CancellationToken cancellationToken = default)
        {
            Breakdown.Begin += Stopwatch.GetElapsedTime(_started);
            return ValueTask.FromResult(result);
        }

        public override InterceptionResult<DbTransaction> TransactionStarting(DbConnection connection, TransactionStartingEventData eventData, InterceptionResult<DbTransaction> result)
        {
            _started = Stopwatch.GetTimestamp();
            return result;
        }

        public override DbTransaction TransactionStarted(DbConnection connection, TransactionEndEventData eventData, DbTransaction result)
        {
            Breakdown.Begin += Stopwatch.GetElapsedTime(_started);
            return result;
        }

        public override InterceptionResult TransactionCommitting(DbTransaction transaction, TransactionEventData eventData, InterceptionResult result)
        {
            _started = Stopwatch.GetTimestamp();
            return result;
        }

        public override ValueTask<InterceptionResult> TransactionCommittingAsync(DbTransaction transaction, TransactionEventData eventData, InterceptionResult result, CancellationToken cancellationToken = default)
        {
            _started = Stopwatch.GetTimestamp();
            return ValueTask.FromResult(result);
        }

        public override void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) => Breakdown.Commit += Stopwatch.GetElapsedTime(_started);

        public override Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
        {
            Breakdown.Commit += Stopwatch.GetElapsedTime(_started);
            return Task.CompletedTask;
        }
    }
}
