namespace Platform.Contracts.Workflow.Runtime;

/// <summary>Where an instance stands.</summary>
public enum InstanceStatus
{
    /// <summary>Work is open at one or more nodes.</summary>
    Running,

    /// <summary>Rejected or withdrawn to the start: the submitter may change and resubmit, or cancel.</summary>
    Returned,

    /// <summary>Reached an end: approved.</summary>
    Approved,

    /// <summary>Ended by an administrator.</summary>
    Terminated,

    /// <summary>Abandoned by the submitter after a return.</summary>
    Cancelled,

    /// <summary>A sub-process instance whose parent moved on without it (rejected elsewhere, terminated).</summary>
    Aborted,
}
