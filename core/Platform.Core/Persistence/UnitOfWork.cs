using System.Data.Common;
using Microsoft.Extensions.Logging;
using Platform.Contracts.Persistence;
using Platform.Core.Messaging;

namespace Platform.Core.Persistence;

/// <summary>
/// The scope's unit of work. The outermost call begins a transaction on the scope's connection — on SQLite
/// <c>BEGIN IMMEDIATE</c> (Microsoft.Data.Sqlite's default), so writers queue on the busy timeout at the start instead
/// of failing when a read lock would have to be upgraded — runs the work, commits, and then publishes the
/// notifications raised meanwhile. Nested calls run under a savepoint. Any exception rolls back (the whole
/// transaction, or to the savepoint) and is rethrown.
/// </summary>
internal sealed class UnitOfWork(DatabaseSession session, CommandScope scope, WriteGate gate, ILogger<UnitOfWork> logger) : IUnitOfWork
{
    // Which flow runs the transaction: a call from another flow while it runs is concurrent use, not nesting.
    private readonly AsyncLocal<DbTransaction?> _flow = new();
    private int _savepoints;
    private bool _doomed;

    public bool IsActive => session.UnitOfWork is not null;

    public async Task RunAsync(Func<CancellationToken, Task> work, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(work);
        await RunAsync<bool>(
            async token =>
            {
                await work(token);
                return true;
            },
            cancellationToken);
    }

    public Task<T> RunAsync<T>(Func<CancellationToken, Task<T>> work, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(work);
        if (session.UnitOfWork is not { } running)
        {
            return RunOutermostAsync(work, cancellationToken);
        }

        return ReferenceEquals(_flow.Value, running)
            ? RunNestedAsync(running, work, cancellationToken)
            : throw new InvalidOperationException(
                "This scope's unit of work is already running in another operation. A scope and its connection serve one operation at a time; give each parallel operation its own scope.");
    }

    private async Task<T> RunOutermostAsync<T>(Func<CancellationToken, Task<T>> work, CancellationToken cancellationToken)
    {
        if (session.Open is not null)
        {
            throw new InvalidOperationException(
                "A transaction begun with Database.BeginTransaction is open in this scope; commit or dispose it before running a unit of work.");
        }

        var turn = await gate.EnterAsync(cancellationToken);
        DbTransaction transaction;
        try
        {
            transaction = await session.Connection.BeginTransactionAsync(cancellationToken);
        }
        catch
        {
            turn.Dispose();
            throw;
        }

        var mark = scope.DeferredCount;
        session.UnitOfWork = transaction;
        _flow.Value = transaction;
        _doomed = false;
        scope.Depth++;
        T result;
        try
        {
            result = await work(cancellationToken);
            if (_doomed)
            {
                throw new InvalidOperationException("The unit of work cannot commit: nested work failed and could not be rolled back to its savepoint.");
            }

            await transaction.CommitAsync(cancellationToken);
        }
        catch
        {
            scope.DiscardFrom(mark);
            await RollBackAsync(transaction);
            throw;
        }
        finally
        {
            scope.Depth--;
            _flow.Value = null;
            session.UnitOfWork = null;
            await transaction.DisposeAsync();
            turn.Dispose();
        }

        foreach (var publish in scope.TakeAll())
        {
            await publish();
        }

        return result;
    }

    private async Task<T> RunNestedAsync<T>(DbTransaction transaction, Func<CancellationToken, Task<T>> work, CancellationToken cancellationToken)
    {
        var savepoint = "uow_" + ++_savepoints;
        await transaction.SaveAsync(savepoint, cancellationToken);
        var mark = scope.DeferredCount;
        scope.Depth++;
        try
        {
            var result = await work(cancellationToken);
            await transaction.ReleaseAsync(savepoint, cancellationToken);
            return result;
        }
        catch
        {
            scope.DiscardFrom(mark);
            await RollBackAsync(transaction, savepoint);
            throw;
        }
        finally
        {
            scope.Depth--;
        }
    }

    private async Task RollBackAsync(DbTransaction transaction, string? savepoint = null)
    {
        try
        {
            if (savepoint is null)
            {
                await transaction.RollbackAsync(CancellationToken.None);
            }
            else
            {
                await transaction.RollbackAsync(savepoint, CancellationToken.None);
                await transaction.ReleaseAsync(savepoint, CancellationToken.None);
            }
        }
        catch (Exception ex) when (ex is DbException or InvalidOperationException)
        {
            // The original failure is what the caller must see. A failed rollback to a savepoint would let the
            // enclosing work commit the nested writes, so the whole unit is doomed instead.
            _doomed = savepoint is not null;
            logger.LogWarning(ex, "Rolling back {Target} failed", savepoint ?? "the unit of work");
        }
    }
}
