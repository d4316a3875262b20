using Acme.Visits.Persistence;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Platform.Contracts.Errors;

namespace Acme.Visits.Items;

/// <summary><c>/api/visits/items</c>: reads go to the database, writes through <see cref="CreateItem"/>. Every endpoint needs a signed-in member.</summary>
internal static class ItemEndpoints
{
    private const string GetItemName = "Visits_GetItem";

    public static void MapItems(this IEndpointRouteBuilder endpoints)
    {
        var items = endpoints.MapGroup("/items").WithTags("Visits");
        items.MapGet("", ListAsync).WithName("Visits_ListItems").WithSummary("Lists the items.");
        items.MapGet("/{id}", GetAsync).WithName(GetItemName).WithSummary("Gets one item.").ProducesProblem(StatusCodes.Status404NotFound);
        items.MapPost("", CreateAsync).WithName("Visits_CreateItem").WithSummary("Creates an item.").ProducesValidationProblem();
    }

    private static async Task<Ok<ItemResponse[]>> ListAsync([FromServices] VisitsDbContext db, CancellationToken cancellationToken)
    {
        var items = await db.Items.AsNoTracking().OrderBy(i => i.Id).ToListAsync(cancellationToken);
        return TypedResults.Ok(items.Select(ItemResponse.From).ToArray());
    }

    private static async Task<Ok<ItemResponse>> GetAsync(string id, [FromServices] VisitsDbContext db, CancellationToken cancellationToken)
    {
        var item = await db.Items.AsNoTracking().FirstOrDefaultAsync(i => i.Id == id, cancellationToken)
            ?? throw PlatformException.NotFound("visits.item.not_found", $"There is no item '{id}'.");
        return TypedResults.Ok(ItemResponse.From(item));
    }

    private static async Task<Created<ItemResponse>> CreateAsync(
        CreateItem command,
        HttpContext http,
        [FromServices] IMediator mediator,
        [FromServices] LinkGenerator links,
        CancellationToken cancellationToken)
    {
        var created = await mediator.Send(command, cancellationToken);
        return TypedResults.Created(links.GetPathByName(http, GetItemName, new { id = created.Id }), created);
    }
}
