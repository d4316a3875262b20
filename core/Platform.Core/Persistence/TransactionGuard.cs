using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Platform.Core.Persistence;

/// <summary>
/// Refuses <c>Database.BeginTransaction()</c> on a module context while a unit of work runs (the work is already in
/// one transaction), and notes a transaction begun outside one so the scope's other contexts join it.
/// </summary>
internal sealed class TransactionGuard(DatabaseSession session) : DbTransactionInterceptor
{
    public override InterceptionResult<DbTransaction> TransactionStarting(DbConnection connection, TransactionStartingEventData eventData, InterceptionResult<DbTransaction> result)
    {
        Refuse(eventData);
        return result;
    }

    public override ValueTask<InterceptionResult<DbTransaction>> TransactionStartingAsync(DbConnection connection, TransactionStartingEventData eventData, InterceptionResult<DbTransaction> result, CancellationToken cancellationToken = default)
    {
        Refuse(eventData);
        return ValueTask.FromResult(result);
    }

    public override DbTransaction TransactionStarted(DbConnection connection, TransactionEndEventData eventData, DbTransaction result)
    {
        session.Began(result);
        return result;
    }

    public override ValueTask<DbTransaction> TransactionStartedAsync(DbConnection connection, TransactionEndEventData eventData, DbTransaction result, CancellationToken cancellationToken = default)
    {
        session.Began(result);
        return ValueTask.FromResult(result);
    }

    private void Refuse(TransactionStartingEventData eventData)
    {
        if (session.UnitOfWork is not null)
        {
            throw new InvalidOperationException(
                $"{eventData.Context?.GetType().Name ?? "A context"} began a transaction of its own inside a unit of work. " +
                "The work already runs in one transaction shared by every module: drop Database.BeginTransaction, and use IUnitOfWork.RunAsync " +
                "for a step that must succeed or fail on its own (it runs under a savepoint).");
        }
    }
}
