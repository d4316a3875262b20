using System.Text.Json.Nodes;

namespace Platform.Contracts.Forms.Records;

/// <summary>A record of a form, pinned to the version it was created with.</summary>
/// <param name="Id">Record id.</param>
/// <param name="FormKey">Form key.</param>
/// <param name="FormVersion">The form version the record follows, for life.</param>
/// <param name="Data">Field values by key (hidden fields removed when read through a profile).</param>
/// <param name="Revision">Raised by every change; updates name the revision they were based on.</param>
/// <param name="CreatedAt">When it was created.</param>
/// <param name="UpdatedAt">When it last changed.</param>
public sealed record FormRecord(string Id, string FormKey, int FormVersion, JsonObject Data, long Revision, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt);
