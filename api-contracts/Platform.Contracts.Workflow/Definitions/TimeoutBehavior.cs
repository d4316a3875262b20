namespace Platform.Contracts.Workflow.Definitions;

/// <summary>What happens around and after a work item's deadline.</summary>
public sealed record TimeoutBehavior
{
    /// <summary>Send a reminder this long before the deadline (optional).</summary>
    public Duration? RemindBefore { get; init; }

    /// <summary>After the deadline, urge the holder again at this interval until the work is done (optional).</summary>
    public Duration? UrgeEvery { get; init; }

    /// <summary>The automatic action taken when the deadline passes.</summary>
    public TimeoutAction Action { get; init; } = TimeoutAction.None;

    /// <summary>For <see cref="TimeoutAction.Escalate"/>: role code whose holders receive the work (relative roles resolve against the holder's department).</summary>
    public string? EscalateToRole { get; init; }

    /// <summary>For <see cref="TimeoutAction.Transfer"/>: member id that receives the work.</summary>
    public string? TransferTo { get; init; }
}
