namespace Platform.Contracts.Workflow.Runtime;

/// <summary>The result of an action.</summary>
/// <param name="InstanceId">The instance.</param>
/// <param name="Status">The instance's status afterwards.</param>
/// <param name="Revision">The instance's revision afterwards.</param>
/// <param name="ActiveNodes">Ids of the nodes waiting for work afterwards.</param>
/// <param name="Replayed">True when an earlier action with the same idempotency key was found and nothing was done again.</param>
public sealed record ActionOutcome(string InstanceId, InstanceStatus Status, long Revision, IReadOnlyList<string> ActiveNodes, bool Replayed);
