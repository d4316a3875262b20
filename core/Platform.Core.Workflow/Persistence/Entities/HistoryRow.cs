namespace Platform.Core.Workflow.Persistence.Entities;

/// <summary>One append-only history entry (<c>wf_history</c>).</summary>
internal sealed class HistoryRow
{
    public long Id { get; init; }

    public required string InstanceId { get; init; }

    public required long Sequence { get; init; }

    public required string Action { get; init; }

    public string? NodeId { get; init; }

    public string? WorkItemId { get; init; }

    public string? ActorId { get; init; }

    public string? OnBehalfOfId { get; init; }

    public string? Opinion { get; init; }

    public required long AtTicks { get; init; }

    public long? AssignedAtTicks { get; init; }

    public long? ViewedAtTicks { get; init; }

    public long? DueAtTicks { get; init; }

    /// <summary>Extra facts as a JSON object.</summary>
    public string? Details { get; init; }
}
