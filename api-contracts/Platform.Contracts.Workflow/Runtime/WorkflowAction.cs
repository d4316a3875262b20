using System.Text.Json.Nodes;

namespace Platform.Contracts.Workflow.Runtime;

/// <summary>An operation by the current member. Atomic and audited; illegal operations fail with a clear error and change nothing.</summary>
/// <param name="Kind">The operation.</param>
public sealed record WorkflowAction(ActionKind Kind)
{
    /// <summary>The work item acted on (approve, reject, transfer, delegate, add/remove signer, mark viewed).</summary>
    public string? WorkItemId { get; init; }

    /// <summary>The instance acted on (withdraw, urge, comment, terminate, cancel); optional when a work item is given.</summary>
    public string? InstanceId { get; init; }

    /// <summary>Opinion or comment text.</summary>
    public string? Opinion { get; init; }

    /// <summary>For <see cref="ActionKind.Reject"/>: the earlier node to return to; null for the start.</summary>
    public string? TargetNodeId { get; init; }

    /// <summary>For transfer, delegate and add signer: the member(s); for remove signer: the added signer's member id.</summary>
    public IReadOnlyList<string>? MemberIds { get; init; }

    /// <summary>For <see cref="ActionKind.AddSigner"/>: where the signers go.</summary>
    public SignerPosition? Position { get; init; }

    /// <summary>Form changes submitted with an approve (checked against the node's field permissions), applied atomically with the action.</summary>
    public JsonObject? Data { get; init; }

    /// <summary>The form record revision the changes were made on (required with <see cref="Data"/>).</summary>
    public long? RecordRevision { get; init; }

    /// <summary>The instance revision the client saw; when given and stale, the action fails with a conflict.</summary>
    public long? ExpectedRevision { get; init; }

    /// <summary>A key that makes a retried action return the first result instead of acting twice.</summary>
    public string? IdempotencyKey { get; init; }
}
