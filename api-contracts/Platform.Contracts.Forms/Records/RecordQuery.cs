using Platform.Contracts.Paging;

namespace Platform.Contracts.Forms.Records;

/// <summary>Lists records of a form by their queryable fields, without loading whole documents.</summary>
/// <param name="FormKey">Form key (all versions).</param>
/// <param name="Filters">Conditions, all of which must hold.</param>
/// <param name="Sort">Orderings, first one first; by creation time when empty.</param>
/// <param name="Page">Which page.</param>
public sealed record RecordQuery(string FormKey, IReadOnlyList<RecordFilter> Filters, IReadOnlyList<RecordSort> Sort, PageRequest Page);
