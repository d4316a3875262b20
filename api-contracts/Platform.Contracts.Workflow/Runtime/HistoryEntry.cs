using System.Text.Json.Nodes;

namespace Platform.Contracts.Workflow.Runtime;

/// <summary>One entry of an instance's append-only history.</summary>
/// <param name="Sequence">Order within the instance, from 1.</param>
/// <param name="Action">What happened: <c>started</c>, <c>assigned</c>, <c>approved</c>, <c>rejected</c>, <c>withdrawn</c>, <c>transferred</c>, <c>delegated</c>, <c>returned</c>, <c>signer_added</c>, <c>signer_removed</c>, <c>urged</c>, <c>commented</c>, <c>viewed</c>, <c>terminated</c>, <c>cancelled</c>, <c>migrated</c>, <c>timed_out</c>, <c>skipped</c>, <c>completed</c>, …</param>
/// <param name="At">When.</param>
public sealed record HistoryEntry(long Sequence, string Action, DateTimeOffset At)
{
    /// <summary>Node.</summary>
    public string? NodeId { get; init; }

    /// <summary>Work item.</summary>
    public string? WorkItemId { get; init; }

    /// <summary>Who acted (<c>system</c> for timers).</summary>
    public string? ActorId { get; init; }

    /// <summary>When an agent acted: the member they acted for.</summary>
    public string? OnBehalfOfId { get; init; }

    /// <summary>Opinion or comment.</summary>
    public string? Opinion { get; init; }

    /// <summary>For work-item entries: when it was assigned.</summary>
    public DateTimeOffset? AssignedAt { get; init; }

    /// <summary>For work-item entries: when it was viewed.</summary>
    public DateTimeOffset? ViewedAt { get; init; }

    /// <summary>For work-item entries: its due time.</summary>
    public DateTimeOffset? DueAt { get; init; }

    /// <summary>Other facts (targets, added members, versions…).</summary>
    public JsonObject? Details { get; init; }
}
