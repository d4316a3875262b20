using Platform.Contracts.Errors;

namespace Platform.Contracts.Organization.Import;

/// <summary>
/// The outcome of an import. Imports are all-or-nothing: with any error nothing is written and <see cref="Errors"/> lists
/// every problem with its path (e.g. <c>members[1042].department</c>) and a stable code.
/// </summary>
/// <param name="Applied">Whether the changes were written (false on errors and on a dry run).</param>
/// <param name="Counts">Per kind (<c>units</c>, <c>departments</c>, <c>posts</c>, <c>levels</c>, <c>members</c>, <c>roles</c>, <c>groups</c>): created, updated, unchanged.</param>
/// <param name="Errors">Every problem found; empty when the document is valid.</param>
public sealed record ImportReport(bool Applied, IReadOnlyDictionary<string, ImportCounts> Counts, IReadOnlyList<FieldError> Errors);
