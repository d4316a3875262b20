using Platform.Contracts.Workflow.Runtime;
using Platform.Core.Workflow.Persistence.Entities;

namespace Platform.Core.Workflow.Runtime;

/// <summary>Rows as contract records.</summary>
internal static class Summaries
{
    public static InstanceSummary Of(InstanceSession session) => Of(session.Row, session.ActiveNodes);

    public static InstanceSummary Of(InstanceRow row, IReadOnlyList<string> activeNodes) =>
        new(row.Id, row.ProcessKey, row.Version, row.Title, row.SubmitterId, WorkflowJson.Parse<InstanceStatus>(row.Status), row.Revision, At(row.StartedAtTicks))
        {
            App = row.App,
            RecordId = row.RecordId,
            EndedAt = row.EndedAtTicks is { } ended ? At(ended) : null,
            ActiveNodes = activeNodes,
            ParentId = row.ParentId,
        };

    public static WorkItem Of(WorkItemRow row, long nowTicks) =>
        new(row.Id, row.InstanceId, row.ProcessKey, row.Title, row.NodeId, row.NodeName, WorkflowJson.Parse<WorkItemKind>(row.Kind), WorkflowJson.Parse<WorkItemState>(row.State), row.AssigneeId, At(row.AssignedAtTicks))
        {
            App = row.App,
            OnBehalfOfId = row.OnBehalfOfId,
            ViewedAt = row.ViewedAtTicks is { } viewed ? At(viewed) : null,
            CompletedAt = row.CompletedAtTicks is { } completed ? At(completed) : null,
            DueAt = row.DueAtTicks is { } due ? At(due) : null,
            Outcome = row.Outcome,
            IsOverdue = row.DueAtTicks is { } d && (row.CompletedAtTicks ?? nowTicks) > d,
        };

    public static DateTimeOffset At(long ticks) => new(ticks, TimeSpan.Zero);
}
