namespace Platform.Core.Organization.Import;

/// <summary>The rows of one table an import inserts, updates and deletes, and how many document items it left as they were.</summary>
internal sealed class RowChanges<TRow>
{
    /// <summary>New rows, in an order the foreign keys accept (parents first).</summary>
    public List<TRow> Inserts { get; } = [];

    public List<TRow> Updates { get; } = [];

    public List<TRow> Deletes { get; } = [];

    public int Count => Inserts.Count + Updates.Count + Deletes.Count;
}
