namespace Platform.Contracts.Workflow.Definitions;

/// <summary>The automatic action when a work item's deadline passes.</summary>
public enum TimeoutAction
{
    /// <summary>Nothing but the overdue event (and urges, when configured).</summary>
    None,

    /// <summary>The system approves on the holder's behalf.</summary>
    AutoApprove,

    /// <summary>The work is transferred to the holders of a role.</summary>
    Escalate,

    /// <summary>The work is transferred to a named member.</summary>
    Transfer,
}
