using MediatR;
using Platform.Contracts.Workflow.Runtime;

namespace Platform.Contracts.Workflow.Events;

/// <summary>Published after the commit that gave a member a work item.</summary>
/// <param name="WorkItemId">Work item.</param>
/// <param name="InstanceId">Instance.</param>
/// <param name="App">Owning app, if any.</param>
/// <param name="NodeId">Node.</param>
/// <param name="AssigneeId">Holder.</param>
/// <param name="Kind">Why they hold it.</param>
/// <param name="OnBehalfOfId">When the holder is an agent: for whom.</param>
/// <param name="DueAt">Deadline, if any.</param>
public sealed record WorkItemAssigned(string WorkItemId, string InstanceId, string? App, string NodeId, string AssigneeId, WorkItemKind Kind, string? OnBehalfOfId, DateTimeOffset? DueAt) : INotification;
