namespace Platform.Contracts.Workflow.Runtime;

/// <summary>Why a member holds a work item.</summary>
public enum WorkItemKind
{
    /// <summary>An assignee of an approval node.</summary>
    Approval,

    /// <summary>The submitter, after a return to the start: resubmit or cancel.</summary>
    Resubmit,

    /// <summary>A carbon-copy notice; completing it only marks it read.</summary>
    Notify,

    /// <summary>Delegated by the holder; completing it gives the work back.</summary>
    Delegated,

    /// <summary>An added signer (加签).</summary>
    AddedSigner,
}
