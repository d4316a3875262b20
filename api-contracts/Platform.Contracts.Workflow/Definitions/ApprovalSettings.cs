namespace Platform.Contracts.Workflow.Definitions;

/// <summary>Who approves at an approval node, how they decide, and by when.</summary>
public sealed record ApprovalSettings
{
    /// <summary>Assignee rules; their results are merged in order, duplicates removed.</summary>
    public required IReadOnlyList<AssigneeRule> Assignees { get; init; }

    /// <summary>How the assignees decide.</summary>
    public ApprovalMode Mode { get; init; } = ApprovalMode.Single;

    /// <summary>For <see cref="ApprovalMode.Count"/>: approvals needed.</summary>
    public int? Count { get; init; }

    /// <summary>For <see cref="ApprovalMode.Ratio"/>: share of assignees that must approve, greater than 0 and at most 1.</summary>
    public decimal? Ratio { get; init; }

    /// <summary>For count and ratio modes: rejections that reject the node at once (early reject). Default: as soon as approval becomes impossible.</summary>
    public int? RejectThreshold { get; init; }

    /// <summary>What happens when the rules resolve nobody.</summary>
    public EmptyAssigneeBehavior WhenEmpty { get; init; } = EmptyAssigneeBehavior.Fail;

    /// <summary>Time allowed for each work item, from its assignment. Without it, work has no due time.</summary>
    public Duration? Deadline { get; init; }

    /// <summary>What happens when the deadline passes.</summary>
    public TimeoutBehavior? OnTimeout { get; init; }
}
