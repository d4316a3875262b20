namespace Platform.Contracts.Workflow.Runtime;

/// <summary>Moves a running instance to another version of its process (administrators).</summary>
/// <param name="InstanceId">The instance.</param>
/// <param name="ToVersion">Target version of the same process key.</param>
/// <param name="NodeMapping">Old node id → new node id for every node that has open work or is a completed node that may be rejected to; unmapped completed nodes are dropped from the reject targets.</param>
public sealed record MigrateInstance(string InstanceId, int ToVersion, IReadOnlyDictionary<string, string> NodeMapping);
