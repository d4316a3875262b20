namespace Platform.Contracts.Workflow.Definitions;

/// <summary>What a node does.</summary>
public enum NodeType
{
    /// <summary>Where an instance begins; its holder is the submitter. Rejecting "to the start" returns the instance here.</summary>
    Start,

    /// <summary>People approve or reject (see <see cref="ApprovalSettings"/>).</summary>
    Approval,

    /// <summary>Carbon copy (抄送): the assignees receive a read-only notice; the process does not wait.</summary>
    Notify,

    /// <summary>Condition branch: the first outgoing flow whose condition holds, in the order listed, else the default flow.</summary>
    Exclusive,

    /// <summary>Parallel split: every outgoing flow starts a branch.</summary>
    ParallelSplit,

    /// <summary>Parallel join: waits for every branch of its split.</summary>
    ParallelJoin,

    /// <summary>Runs another published process on the same record and continues when it is approved.</summary>
    SubProcess,

    /// <summary>The instance is complete (approved).</summary>
    End,
}
