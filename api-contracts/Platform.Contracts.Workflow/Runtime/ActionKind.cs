namespace Platform.Contracts.Workflow.Runtime;

/// <summary>The operations on a running instance (docs/workflow.md describes each one's rules).</summary>
public enum ActionKind
{
    /// <summary>Approve the work item (at the start node after a return: resubmit).</summary>
    Approve,

    /// <summary>驳回/回退: reject to an earlier completed node (<see cref="WorkflowAction.TargetNodeId"/>) or, without a target, to the start.</summary>
    Reject,

    /// <summary>撤回: the member whose action created the open work takes it back while none of it has been viewed or done.</summary>
    Withdraw,

    /// <summary>转办: hand the work item to another member for good.</summary>
    Transfer,

    /// <summary>委托: ask another member to handle it; when they complete, the work comes back to the holder.</summary>
    Delegate,

    /// <summary>加签: add signers before, after or in parallel with the holder.</summary>
    AddSigner,

    /// <summary>Remove a signer one added, while their work is not done.</summary>
    RemoveSigner,

    /// <summary>催办: remind the holders of the open work (rate-limited).</summary>
    Urge,

    /// <summary>Add a comment to the history.</summary>
    Comment,

    /// <summary>End the instance (administrators).</summary>
    Terminate,

    /// <summary>Record that the holder has opened the work item.</summary>
    MarkViewed,

    /// <summary>The submitter abandons an instance that was returned to the start.</summary>
    Cancel,
}
