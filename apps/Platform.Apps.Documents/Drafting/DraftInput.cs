using System.Text.Json.Nodes;

namespace Platform.Apps.Documents.Drafting;

/// <summary>The body of <c>POST /documents</c> (all fields) and <c>PUT /documents/{id}</c> (no type; the record revision read).</summary>
internal sealed record DraftInput(string? TypeKey, string? Title, string? Body, JsonObject? Data, long? RecordRevision);
