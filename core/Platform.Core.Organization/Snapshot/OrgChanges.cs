using Microsoft.EntityFrameworkCore;
using Platform.Contracts.Errors;
using Platform.Core.Organization.Persistence;

namespace Platform.Core.Organization.Snapshot;

/// <summary>Every write to the organisation raises the stored version in the same transaction, so two concurrent writers cannot both win unseen and other nodes notice the change.</summary>
internal static class OrgChanges
{
    public static async Task BumpVersionAsync(this OrgDbContext db, CancellationToken cancellationToken)
    {
        var state = await db.State.SingleAsync(cancellationToken);
        state.Version++;
    }

    /// <summary>Saves, turning a lost race into a clear conflict.</summary>
    public static async Task SaveOrConflictAsync(this OrgDbContext db, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException ex)
        {
            throw new PlatformException(ErrorCodes.ConcurrencyConflict, "The organisation was changed at the same time; try again.", ErrorKind.Conflict, innerException: ex);
        }
    }
}
