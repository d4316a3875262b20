using MediatR;

namespace Platform.Contracts.Workflow.Events;

/// <summary>Published when a work item passes its deadline (once), after the timer's commit.</summary>
/// <param name="WorkItemId">Work item.</param>
/// <param name="InstanceId">Instance.</param>
/// <param name="App">Owning app, if any.</param>
/// <param name="AssigneeId">Holder.</param>
/// <param name="DueAt">The deadline.</param>
public sealed record WorkItemOverdue(string WorkItemId, string InstanceId, string? App, string AssigneeId, DateTimeOffset DueAt) : INotification;
