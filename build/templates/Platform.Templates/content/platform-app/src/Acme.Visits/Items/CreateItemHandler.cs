using Acme.Visits.Persistence;
using MediatR;
using Platform.Contracts.Identity;

namespace Acme.Visits.Items;

/// <summary>Handles <see cref="CreateItem"/>: one row in <c>visits_items</c>, created by the signed-in member.</summary>
internal sealed class CreateItemHandler(VisitsDbContext db, ICurrentUser user, TimeProvider clock) : IRequestHandler<CreateItem, ItemResponse>
{
    public async Task<ItemResponse> Handle(CreateItem request, CancellationToken cancellationToken)
    {
        var item = new Item
        {
            Id = Guid.CreateVersion7(clock.GetUtcNow()).ToString(),
            Title = request.Title!.Trim(),
            CreatedBy = user.UserId,
        };
        db.Items.Add(item);
        await db.SaveChangesAsync(cancellationToken);
        return ItemResponse.From(item);
    }
}
