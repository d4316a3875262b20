using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Platform.Core.Persistence;

/// <summary>
/// Lets <c>SaveChanges</c> of any module context run inside the scope's open transaction instead of beginning one of
/// its own (which SQLite refuses on a connection with a transaction open): the context uses the open transaction for
/// the save and lets go of it afterwards. EF Core then saves under a savepoint of its own, so a failed save leaves
/// the enclosing work intact.
/// </summary>
internal sealed class SaveChangesEnlistment(DatabaseSession session) : SaveChangesInterceptor
{
    private readonly HashSet<DbContext> _attached = [];

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Attach(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Attach(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        Detach(eventData.Context);
        return result;
    }

    public override ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        Detach(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public override void SaveChangesFailed(DbContextErrorEventData eventData) => Detach(eventData.Context);

    public override Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        Detach(eventData.Context);
        return Task.CompletedTask;
    }

    public override void SaveChangesCanceled(DbContextEventData eventData) => Detach(eventData.Context);

    public override Task SaveChangesCanceledAsync(DbContextEventData eventData, CancellationToken cancellationToken = default)
    {
        Detach(eventData.Context);
        return Task.CompletedTask;
    }

    private void Attach(DbContext? context)
    {
        if (context is not null && context.Database.CurrentTransaction is null && session.Open is { } open)
        {
            context.Database.UseTransaction(open);
            _attached.Add(context);
        }
    }

    private void Detach(DbContext? context)
    {
        if (context is not null && _attached.Remove(context))
        {
            context.Database.UseTransaction(null);
        }
    }
}
