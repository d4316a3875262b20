using MediatR;
using Platform.Contracts.Workflow.Runtime;

namespace Platform.Contracts.Workflow.Events;

/// <summary>Published after the commit that ended an instance: approved, terminated, cancelled or aborted.</summary>
/// <param name="InstanceId">Instance.</param>
/// <param name="ProcessKey">Definition key.</param>
/// <param name="App">Owning app, if any.</param>
/// <param name="RecordId">Form record, if any.</param>
/// <param name="Outcome">The final status.</param>
public sealed record InstanceCompleted(string InstanceId, string ProcessKey, string? App, string? RecordId, InstanceStatus Outcome) : INotification;
