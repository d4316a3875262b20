using MediatR;
using Microsoft.EntityFrameworkCore;
using Platform.Core.Tests.Fixtures.Alpha;

namespace Platform.Core.Tests.Fixtures.Beta;

/// <summary>Writes a Beta entry for each Alpha item, noting whether the item was already committed when Beta heard of it.</summary>
internal sealed class RecordAlphaItem(BetaDbContext db) : INotificationHandler<AlphaItemCreated>
{
    public async Task Handle(AlphaItemCreated notification, CancellationToken cancellationToken)
    {
        var visible = await db.Database
            .SqlQuery<int>($"SELECT COUNT(*) AS Value FROM alpha_items WHERE Id = {notification.Id}")
            .SingleAsync(cancellationToken);
        db.Entries.Add(new BetaEntry { Text = notification.Name, SawCommittedItem = visible == 1 });
        await db.SaveChangesAsync(cancellationToken);
    }
}
