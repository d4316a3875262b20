namespace Platform.Contracts.Forms.Records;

/// <summary>An ordering on a queryable field.</summary>
/// <param name="Field">Queryable field key.</param>
/// <param name="Descending">Largest first.</param>
public sealed record RecordSort(string Field, bool Descending = false);
