namespace Platform.Contracts.Organization.Import;

/// <summary>How far an import has got.</summary>
/// <param name="Stage">What it is doing (<c>validating</c>, <c>writing members</c> …).</param>
/// <param name="Done">Items done in this stage.</param>
/// <param name="Total">Items in this stage.</param>
public sealed record ImportProgress(string Stage, int Done, int Total);
