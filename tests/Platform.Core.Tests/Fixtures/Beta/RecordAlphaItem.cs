using MediatR;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Platform.Core.Tests.Fixtures.Alpha;

namespace Platform.Core.Tests.Fixtures.Beta;

/// <summary>Writes a Beta entry for each Alpha item, noting whether the item was already committed when Beta heard of it.</summary>
internal sealed class RecordAlphaItem(BetaDbContext db) : INotificationHandler<AlphaItemCreated>
{
    public async Task Handle(AlphaItemCreated notification, CancellationToken cancellationToken)
    {
        // A connection of its own sees committed data only (the scope's shared one would see its own uncommitted writes).
        await using var own = new SqliteConnection(db.Database.GetConnectionString());
        await own.OpenAsync(cancellationToken);
        await using var query = own.CreateCommand();
        query.CommandText = "SELECT COUNT(*) FROM alpha_items WHERE Id = $id";
        query.Parameters.AddWithValue("$id", notification.Id);
        var visible = Convert.ToInt32(await query.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture);
        db.Entries.Add(new BetaEntry { Text = notification.Name, SawCommittedItem = visible == 1 });
        await db.SaveChangesAsync(cancellationToken);
    }
}
