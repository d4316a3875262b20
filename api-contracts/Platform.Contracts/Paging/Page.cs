namespace Platform.Contracts.Paging;

/// <summary>One page of a list.</summary>
/// <typeparam name="T">Item type.</typeparam>
/// <param name="Items">The items of this page.</param>
/// <param name="Offset">Items skipped before this page.</param>
/// <param name="Limit">The page size asked for.</param>
/// <param name="Total">Items in the whole list, when counting them is cheap; otherwise <see langword="null"/>.</param>
public sealed record Page<T>(IReadOnlyList<T> Items, int Offset, int Limit, long? Total)
{
    /// <summary>Whether items follow this page.</summary>
    public bool HasMore => Total is { } total ? Offset + Items.Count < total : Items.Count == Limit;
}
