namespace Platform.Core.Workflow.Persistence.Entities;

/// <summary>
/// A work item (<c>wf_work_items</c>): narrow on purpose, with the few instance facts a to-do list shows copied in, so
/// to-do lists never read instance payloads.
/// </summary>
internal sealed class WorkItemRow
{
    public required string Id { get; init; }

    public required string InstanceId { get; init; }

    /// <summary>The node run this item belongs to (InstanceState.Runs).</summary>
    public required string RunId { get; init; }

    public required string NodeId { get; set; }

    public required string NodeName { get; set; }

    public required string ProcessKey { get; init; }

    public required string Title { get; init; }

    public string? App { get; init; }

    /// <summary>WorkItemKind as its camelCase name.</summary>
    public required string Kind { get; init; }

    /// <summary>WorkItemState as its camelCase name.</summary>
    public required string State { get; set; }

    /// <summary>Open or waiting: on its holder's to-do list. One index range serves the list, newest first, with no sort.</summary>
    public bool Live { get; set; } = true;

    public required string AssigneeId { get; set; }

    public string? OnBehalfOfId { get; set; }

    /// <summary>The holder's department when assigned (figures per department).</summary>
    public string? AssigneeDepartmentId { get; set; }

    /// <summary>Order within a sequential node, or among added signers.</summary>
    public int Position { get; init; }

    /// <summary>Who added this signer, for added signers.</summary>
    public string? AddedById { get; init; }

    /// <summary>The item that waits for this one (delegated work, signers added before) and reopens when it is done.</summary>
    public string? ReturnsToId { get; init; }

    /// <summary>The history sequence of the action that created this item (withdraw checks it).</summary>
    public long CreatedBySequence { get; init; }

    public required long AssignedAtTicks { get; set; }

    public long? ViewedAtTicks { get; set; }

    public long? CompletedAtTicks { get; set; }

    public long? DueAtTicks { get; set; }

    public string? Outcome { get; set; }
}
