using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Platform.Contracts.Errors;
using Platform.Core.Organization.Persistence;

namespace Platform.Core.Organization.Snapshot;

/// <summary>
/// Runs a small change to the organisation (a grant, an agency): applies it, raises <c>org_state.version</c> and saves in
/// one transaction, retrying a few times when another writer got there first, then reloads the affected part of the
/// snapshot.
/// </summary>
internal sealed class OrgWriter(IServiceScopeFactory scopes, OrgSnapshotHolder holder)
{
    private const int Attempts = 4;

    public async Task<T> WriteAsync<T>(Func<OrgDbContext, Task<T>> apply, OrgPart part, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<OrgDbContext>();
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                var result = await apply(db);
                await db.BumpVersionAsync(cancellationToken);
                await db.SaveChangesAsync(cancellationToken);
                Reload(part);
                return result;
            }
            catch (DbUpdateConcurrencyException ex)
            {
                db.ChangeTracker.Clear();
                if (attempt == Attempts)
                {
                    throw new PlatformException(ErrorCodes.ConcurrencyConflict, "The organisation kept changing while saving; try again.", ErrorKind.Conflict, innerException: ex);
                }
            }
        }
    }

    private void Reload(OrgPart part) => _ = part switch
    {
        OrgPart.Grants => holder.ReloadGrants(),
        OrgPart.Agents => holder.ReloadAgents(),
        _ => holder.Reload(),
    };
}

/// <summary>Which part of the snapshot a change touches.</summary>
internal enum OrgPart
{
    Model,
    Grants,
    Agents,
}
