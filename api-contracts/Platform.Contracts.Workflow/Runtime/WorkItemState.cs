namespace Platform.Contracts.Workflow.Runtime;

/// <summary>State of a work item.</summary>
public enum WorkItemState
{
    /// <summary>Waiting for its holder.</summary>
    Open,

    /// <summary>Held back: delegated, or waiting for signers added before the holder.</summary>
    Waiting,

    /// <summary>Done by its holder (see the outcome).</summary>
    Done,

    /// <summary>No longer needed (another assignee decided, rejected away, withdrawn, transferred, terminated).</summary>
    Cancelled,
}
