namespace Platform.Contracts.Organization.Import;

/// <summary>What an import did with one kind of item.</summary>
/// <param name="Created">Items that did not exist.</param>
/// <param name="Updated">Items that existed and changed.</param>
/// <param name="Unchanged">Items that existed as they are.</param>
public sealed record ImportCounts(int Created, int Updated, int Unchanged);
