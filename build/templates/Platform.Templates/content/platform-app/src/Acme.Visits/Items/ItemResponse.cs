namespace Acme.Visits.Items;

/// <summary>An item as the API returns it.</summary>
internal sealed record ItemResponse(string Id, string Title, string? CreatedBy)
{
    public static ItemResponse From(Item item) => new(item.Id, item.Title, item.CreatedBy);
}
