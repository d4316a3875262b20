using Microsoft.EntityFrameworkCore;
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
}
