using MediatR;
using Platform.Contracts.Messaging;
using Platform.Core.Tests.Fixtures.Alpha;

namespace Platform.Core.Tests.Fixtures.Beta;

public sealed record WriteBetaEntry(string Text) : ICommand;

/// <summary>Writes an entry, announces it (as an Alpha item, which Gamma records), then fails.</summary>
public sealed record WriteBetaEntryThenFail(string Text) : ICommand;

internal sealed class WriteBetaEntryHandler(BetaDbContext db) : IRequestHandler<WriteBetaEntry, Unit>
{
    public async Task<Unit> Handle(WriteBetaEntry request, CancellationToken cancellationToken)
    {
        db.Entries.Add(new BetaEntry { Text = request.Text });
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}

internal sealed class WriteBetaEntryThenFailHandler(BetaDbContext db, IMediator mediator) : IRequestHandler<WriteBetaEntryThenFail, Unit>
{
    public async Task<Unit> Handle(WriteBetaEntryThenFail request, CancellationToken cancellationToken)
    {
        db.Entries.Add(new BetaEntry { Text = request.Text });
        await db.SaveChangesAsync(cancellationToken);
        await mediator.Publish(new AlphaItemCreated(0, request.Text), cancellationToken);
        throw new InvalidOperationException("beta fails after saving");
    }
}
