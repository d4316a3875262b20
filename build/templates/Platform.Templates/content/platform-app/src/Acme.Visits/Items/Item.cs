namespace Acme.Visits.Items;

/// <summary>An item of the module. Stored in <c>visits_items</c>.</summary>
internal sealed class Item
{
    public const int TitleMaxLength = 200;

    public required string Id { get; init; }

    public required string Title { get; set; }

    /// <summary>The id of the member who created it.</summary>
    public string? CreatedBy { get; init; }
}
