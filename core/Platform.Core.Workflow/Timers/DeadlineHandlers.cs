using Platform.Contracts.Organization.Directory;
using Platform.Contracts.Organization.Roles;
using Platform.Contracts.Scheduling;
using Platform.Contracts.Workflow.Definitions;
using Platform.Contracts.Workflow.Events;
using Platform.Contracts.Workflow.Runtime;
using Platform.Core.Workflow.Persistence.Entities;
using Platform.Core.Workflow.Runtime;

namespace Platform.Core.Workflow.Timers;

/// <summary>
/// A work item's deadline passed: record it, publish <see cref="WorkItemOverdue"/>, start recurring urges when the node
/// asks for them, and take the node's automatic action (approve, escalate to a role, transfer). Runs once: the scheduler
/// claims the job in the same unit of work.
/// </summary>
internal sealed class DeadlineHandler(WorkflowRuntime runtime, Decisions decisions, Assignments assignments, IScheduler scheduler, IRoleResolver roles, IMemberDirectory members) : IScheduledJobHandler
{
    public string Kind => DeadlineTimers.Deadline;

    public Task HandleAsync(ScheduledJobContext job, CancellationToken cancellationToken) =>
        runtime.RunAsSystemAsync(job.Key!, async (session, item) =>
        {
            var node = session.Graph.Node(item.NodeId);
            var timeout = node.Approval?.OnTimeout;
            session.Record("overdue", item: item, actorId: WorkflowRuntime.System, onBehalfOf: item.OnBehalfOfId);
            session.Events.Add(new WorkItemOverdue(item.Id, item.InstanceId, item.App, item.AssigneeId, job.DueAt));
            if (timeout?.UrgeEvery is { } every)
            {
                await scheduler.ScheduleAsync(new ScheduledJob(DeadlineTimers.Urge, session.Now + DeadlineTimers.ClockLength(every)) { Key = item.Id }, cancellationToken);
            }

            if (item.State != WorkflowJson.Name(WorkItemState.Open))
            {
                return;
            }

            switch (timeout?.Action ?? TimeoutAction.None)
            {
                case TimeoutAction.AutoApprove:
                    await decisions.ApproveAsync(session, item, "Approved automatically: the deadline passed.");
                    break;
                case TimeoutAction.Escalate when timeout!.EscalateToRole is { } role:
                    if (Escalation(role, item) is { } to)
                    {
                        Hand(session, item, to, "escalated");
                    }

                    break;
                case TimeoutAction.Transfer when timeout!.TransferTo is { } member && members.FindMember(member) is { IsEnabled: true }:
                    Hand(session, item, member, "transferred");
                    break;
            }
        }, cancellationToken);

    private string? Escalation(string roleCode, WorkItemRow item)
    {
        var role = roles.FindRole(roleCode);
        if (role is null)
        {
            return null;
        }

        var candidates = role.Kind == RoleKind.Relative && item.AssigneeDepartmentId is { } department
            ? roles.ResolveRelative(roleCode, department, RelativeTo.NearestUp)
            : roles.HoldersOf(roleCode);
        return candidates.FirstOrDefault(id => id != item.AssigneeId && members.FindMember(id) is { IsEnabled: true });
    }

    private void Hand(InstanceSession session, WorkItemRow item, string to, string outcome)
    {
        var run = session.State.Run(item.RunId);
        session.Close(item, WorkItemState.Done, outcome);
        var sequence = session.Record(outcome, item: item, actorId: WorkflowRuntime.System, details: new() { ["to"] = to, ["reason"] = "deadline" });
        assignments.Assign(session, run, to, WorkflowJson.Parse<WorkItemKind>(item.Kind), sequence, item.Position, item.AddedById, item.ReturnsToId);
    }
}

/// <summary>Reminds a work item's holder shortly before its deadline.</summary>
internal sealed class ReminderHandler(WorkflowRuntime runtime) : IScheduledJobHandler
{
    public string Kind => DeadlineTimers.Reminder;

    public Task HandleAsync(ScheduledJobContext job, CancellationToken cancellationToken) =>
        runtime.RunAsSystemAsync(job.Key!, (session, item) =>
        {
            session.Record("reminded", item: item, actorId: WorkflowRuntime.System);
            session.Events.Add(new WorkItemReminder(item.Id, item.InstanceId, item.App, item.AssigneeId, "deadline_near", null));
            return Task.CompletedTask;
        }, cancellationToken);
}

/// <summary>Urges the holder of an overdue work item again and again, at the node's interval, until the work is done.</summary>
internal sealed class UrgeHandler(WorkflowRuntime runtime, IScheduler scheduler) : IScheduledJobHandler
{
    public string Kind => DeadlineTimers.Urge;

    public Task HandleAsync(ScheduledJobContext job, CancellationToken cancellationToken) =>
        runtime.RunAsSystemAsync(job.Key!, async (session, item) =>
        {
            session.Record("urged", item: item, actorId: WorkflowRuntime.System);
            session.Events.Add(new WorkItemReminder(item.Id, item.InstanceId, item.App, item.AssigneeId, "overdue", null));
            if (session.Graph.Node(item.NodeId).Approval?.OnTimeout?.UrgeEvery is { } every)
            {
                await scheduler.ScheduleAsync(new ScheduledJob(DeadlineTimers.Urge, session.Now + DeadlineTimers.ClockLength(every)) { Key = item.Id }, cancellationToken);
            }
        }, cancellationToken);
}
