namespace Platform.Contracts.Workflow.Runtime;

/// <summary>A to-do (or a done item), read from the narrow work-item table — never the instance payload.</summary>
/// <param name="Id">Work item id.</param>
/// <param name="InstanceId">Instance id.</param>
/// <param name="ProcessKey">Definition key.</param>
/// <param name="Title">Instance title.</param>
/// <param name="NodeId">Node id.</param>
/// <param name="NodeName">Node name.</param>
/// <param name="Kind">Why the member holds it.</param>
/// <param name="State">State.</param>
/// <param name="AssigneeId">Holder.</param>
/// <param name="AssignedAt">When it was assigned.</param>
public sealed record WorkItem(string Id, string InstanceId, string ProcessKey, string Title, string NodeId, string NodeName, WorkItemKind Kind, WorkItemState State, string AssigneeId, DateTimeOffset AssignedAt)
{
    /// <summary>The app that owns the process.</summary>
    public string? App { get; init; }

    /// <summary>When the holder is an agent: the member they act for.</summary>
    public string? OnBehalfOfId { get; init; }

    /// <summary>When the holder first opened it.</summary>
    public DateTimeOffset? ViewedAt { get; init; }

    /// <summary>When it was done or cancelled.</summary>
    public DateTimeOffset? CompletedAt { get; init; }

    /// <summary>Deadline, when the node has one.</summary>
    public DateTimeOffset? DueAt { get; init; }

    /// <summary>How it ended: <c>approved</c>, <c>rejected</c>, <c>transferred</c>, <c>delegated</c>, <c>withdrawn</c>, …</summary>
    public string? Outcome { get; init; }

    /// <summary>Whether it is (or was completed) past its deadline.</summary>
    public bool IsOverdue { get; init; }
}
