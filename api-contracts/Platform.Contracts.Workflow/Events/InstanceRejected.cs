using MediatR;

namespace Platform.Contracts.Workflow.Events;

/// <summary>Published after the commit of a rejection (to an earlier node or to the start) or a withdrawal to the start.</summary>
/// <param name="InstanceId">Instance.</param>
/// <param name="ProcessKey">Definition key.</param>
/// <param name="App">Owning app, if any.</param>
/// <param name="RecordId">Form record, if any.</param>
/// <param name="ToNodeId">The node the instance returned to.</param>
/// <param name="ActorId">Who rejected or withdrew.</param>
/// <param name="Opinion">Their opinion.</param>
public sealed record InstanceRejected(string InstanceId, string ProcessKey, string? App, string? RecordId, string ToNodeId, string ActorId, string? Opinion) : INotification;
