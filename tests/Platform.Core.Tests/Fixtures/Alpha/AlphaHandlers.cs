using MediatR;
using Platform.Core.Tests.Fixtures.Beta;

namespace Platform.Core.Tests.Fixtures.Alpha;

internal sealed class CreateAlphaItemHandler(AlphaDbContext db, IMediator mediator) : IRequestHandler<CreateAlphaItem, int>
{
    public async Task<int> Handle(CreateAlphaItem request, CancellationToken cancellationToken)
    {
        var item = new AlphaItem { Name = request.Name };
        db.Items.Add(item);
        await db.SaveChangesAsync(cancellationToken);
        await mediator.Publish(new AlphaItemCreated(item.Id, item.Name), cancellationToken);
        return item.Id;
    }
}

internal sealed class CreateAlphaItemThenFailHandler(AlphaDbContext db, IMediator mediator) : IRequestHandler<CreateAlphaItemThenFail, int>
{
    public async Task<int> Handle(CreateAlphaItemThenFail request, CancellationToken cancellationToken)
    {
        var item = new AlphaItem { Name = request.Name };
        db.Items.Add(item);
        await db.SaveChangesAsync(cancellationToken);
        await mediator.Publish(new AlphaItemCreated(item.Id, item.Name), cancellationToken);
        throw new InvalidOperationException("fails after saving");
    }
}

internal sealed class CallBetaInsideAlphaTransactionHandler(AlphaDbContext db, IMediator mediator) : IRequestHandler<CallBetaInsideAlphaTransaction, Unit>
{
    public async Task<Unit> Handle(CallBetaInsideAlphaTransaction request, CancellationToken cancellationToken)
    {
        db.Items.Add(new AlphaItem { Name = "before beta" });
        await db.SaveChangesAsync(cancellationToken);
        await mediator.Send(new WriteBetaEntry("from alpha"), cancellationToken);
        return Unit.Value;
    }
}

internal sealed class CallFailingBetaHandler(AlphaDbContext db, IMediator mediator) : IRequestHandler<CallFailingBeta, Unit>
{
    public async Task<Unit> Handle(CallFailingBeta request, CancellationToken cancellationToken)
    {
        var item = new AlphaItem { Name = "alpha part" };
        db.Items.Add(item);
        await db.SaveChangesAsync(cancellationToken);
        await mediator.Publish(new AlphaItemCreated(item.Id, item.Name), cancellationToken);
        try
        {
            await mediator.Send(new WriteBetaEntryThenFail("beta part"), cancellationToken);
        }
        catch (InvalidOperationException) when (request.CatchFailure)
        {
            // Beta's part is rolled back to its savepoint; Alpha's stays.
        }

        return Unit.Value;
    }
}
