using MediatR;

namespace Platform.Contracts.Workflow.Events;

/// <summary>A reminder or urge (催办) for the holder of a work item: before its deadline, a recurring urge after it, or a member's urge.</summary>
/// <param name="WorkItemId">Work item.</param>
/// <param name="InstanceId">Instance.</param>
/// <param name="App">Owning app, if any.</param>
/// <param name="AssigneeId">Holder.</param>
/// <param name="Reason"><c>deadline_near</c>, <c>overdue</c> or <c>urged</c>.</param>
/// <param name="ByMemberId">For <c>urged</c>: who urged.</param>
public sealed record WorkItemReminder(string WorkItemId, string InstanceId, string? App, string AssigneeId, string Reason, string? ByMemberId) : INotification;
