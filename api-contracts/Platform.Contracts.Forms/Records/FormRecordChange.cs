using System.Text.Json.Nodes;

namespace Platform.Contracts.Forms.Records;

/// <summary>One change in a record's history.</summary>
/// <param name="Revision">The revision the change produced.</param>
/// <param name="At">When.</param>
/// <param name="By">Who (member id), if known.</param>
/// <param name="Changes">Per changed field: <c>{ "from": …, "to": … }</c>.</param>
public sealed record FormRecordChange(long Revision, DateTimeOffset At, string? By, JsonObject Changes);
