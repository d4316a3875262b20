namespace Platform.Core.Workflow.Runtime;

/// <summary>
/// The moving parts of an instance, stored as JSON in <c>wf_instances.state</c>: its node runs (active and past — past
/// ones are the legal reject targets), arrivals at parallel joins, the last history sequence, and urge times.
/// </summary>
internal sealed class InstanceState
{
    public List<NodeRun> Runs { get; set; } = [];

    /// <summary>Join key (<c>joinNodeId|parentBranch</c>) → branch paths that have arrived.</summary>
    public Dictionary<string, List<string>> Joins { get; set; } = [];

    /// <summary>The last history sequence written.</summary>
    public long Sequence { get; set; }

    /// <summary>The latest action that moved the process on (submission or approval): withdraw takes it back.</summary>
    public Decision? LastDecision { get; set; }

    /// <summary>Member id → UTC ticks of their last urge (rate limit).</summary>
    public Dictionary<string, long> Urges { get; set; } = [];

    public IEnumerable<NodeRun> Active => Runs.Where(r => r.Status == RunStatus.Active);

    public NodeRun Run(string id) => Runs.Find(r => r.Id == id) ?? throw new InvalidOperationException($"Node run {id} is not in the instance state.");
}

/// <summary>One activation of a node.</summary>
internal sealed class NodeRun
{
    public required string Id { get; init; }

    public required string NodeId { get; set; }

    /// <summary>Parallel branch path: "" on the main path, <c>/split:0</c> in the first branch of <c>split</c>, nested as <c>/a:1/b:0</c>.</summary>
    public required string Branch { get; init; }

    public RunStatus Status { get; set; }

    /// <summary>The assignees resolved when the node was reached, in order (sequential mode walks them).</summary>
    public List<string> Assignees { get; set; } = [];

    /// <summary>Approvals and rejections counted so far (count and ratio modes).</summary>
    public int Approvals { get; set; }

    public int Rejections { get; set; }

    /// <summary>History sequence of the action that activated the run.</summary>
    public long ActivatedBy { get; init; }

    public long ActivatedAtTicks { get; init; }

    public long? CompletedAtTicks { get; set; }

    /// <summary>For sub-process nodes: the child instance.</summary>
    public string? ChildInstanceId { get; set; }

    /// <summary>Whether the mode's rule is met; the run completes once no added signer is left.</summary>
    public bool Satisfied { get; set; }

    /// <summary>Signers added "after" a holder, assigned when that holder approves.</summary>
    public List<PendingSigner> After { get; set; } = [];
}

/// <summary>A signer to assign after a holder approves.</summary>
/// <param name="MemberId">The signer.</param>
/// <param name="AddedById">Who added them.</param>
/// <param name="ForItemId">The holder's item.</param>
internal sealed record PendingSigner(string MemberId, string AddedById, string ForItemId);

/// <summary>An action that moved the process on.</summary>
/// <param name="Sequence">Its history sequence.</param>
/// <param name="ActorId">Who acted.</param>
/// <param name="NodeId">The node they acted at.</param>
/// <param name="Branch">The branch of that node's run.</param>
/// <param name="IsSubmission">True for a start or resubmission.</param>
internal sealed record Decision(long Sequence, string ActorId, string NodeId, string Branch, bool IsSubmission);

/// <summary>State of a node run.</summary>
internal enum RunStatus
{
    Active,
    Completed,
    Cancelled,
}
