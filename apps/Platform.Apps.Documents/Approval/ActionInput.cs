using System.Text.Json.Nodes;

namespace Platform.Apps.Documents.Approval;

/// <summary>
/// The body of <c>POST /documents/{id}/actions</c>: a workflow action on one of the document's work items —
/// <c>kind</c> as the workflow engine names it (<c>approve</c>, <c>reject</c>, <c>transfer</c>, …).
/// </summary>
internal sealed record ActionInput(
    string? WorkItemId,
    string? Kind,
    string? Opinion,
    string? TargetNodeId,
    IReadOnlyList<string>? MemberIds,
    JsonObject? Data,
    long? RecordRevision);
