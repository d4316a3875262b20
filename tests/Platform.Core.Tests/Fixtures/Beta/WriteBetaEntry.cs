using MediatR;
using Platform.Contracts.Messaging;

namespace Platform.Core.Tests.Fixtures.Beta;

public sealed record WriteBetaEntry(string Text) : ICommand;

internal sealed class WriteBetaEntryHandler(BetaDbContext db) : IRequestHandler<WriteBetaEntry, Unit>
{
    public async Task<Unit> Handle(WriteBetaEntry request, CancellationToken cancellationToken)
    {
        db.Entries.Add(new BetaEntry { Text = request.Text });
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
