using Platform.Contracts.Organization.Agents;
using Platform.Contracts.Organization.Directory;
using Platform.Contracts.Workflow.Calendar;
using Platform.Contracts.Workflow.Events;
using Platform.Contracts.Workflow.Runtime;
using Platform.Core.Workflow.Persistence.Entities;

namespace Platform.Core.Workflow.Runtime;

/// <summary>Creates work items: agents take the place of absent assignees, deadlines come from the working calendar.</summary>
internal sealed class Assignments(IAgentService agents, IMemberDirectory members, Deferred<IWorkingCalendar> calendar)
{
    public WorkItemRow Assign(InstanceSession session, NodeRun run, string memberId, WorkItemKind kind, long cause, int position = 0, string? addedById = null, string? returnsToId = null)
    {
        var node = session.Graph.Node(run.NodeId);
        var scope = session.Row.App ?? session.Row.ProcessKey;
        var holder = memberId;
        string? onBehalfOf = null;
        if (kind is WorkItemKind.Approval or WorkItemKind.AddedSigner && agents.ActingFor(memberId, scope, session.Now) is { } agency && agency.AgentId != memberId)
        {
            holder = agency.AgentId;
            onBehalfOf = memberId;
        }

        var deadline = kind is WorkItemKind.Approval or WorkItemKind.AddedSigner ? node.Approval?.Deadline : null;
        var item = new WorkItemRow
        {
            Id = Guid.CreateVersion7().ToString(),
            InstanceId = session.Row.Id,
            RunId = run.Id,
            NodeId = node.Id,
            NodeName = node.Name,
            ProcessKey = session.Row.ProcessKey,
            Title = session.Row.Title,
            App = session.Row.App,
            Kind = WorkflowJson.Name(kind),
            State = WorkflowJson.Name(WorkItemState.Open),
            AssigneeId = holder,
            OnBehalfOfId = onBehalfOf,
            AssigneeDepartmentId = members.FindMember(holder)?.Primary.DepartmentId,
            Position = position,
            AddedById = addedById,
            ReturnsToId = returnsToId,
            CreatedBySequence = cause,
            AssignedAtTicks = session.NowTicks,
            DueAtTicks = deadline is null ? null : calendar.Value.Add(session.Now, deadline).UtcTicks,
        };
        session.Db.WorkItems.Add(item);
        session.LiveItems.Add(item);
        session.Opened.Add(item);
        session.Record("assigned", item: item, actorId: session.ActorId, onBehalfOf: null, details: onBehalfOf is null ? null : new() { ["agentFor"] = onBehalfOf });
        session.Events.Add(new WorkItemAssigned(item.Id, item.InstanceId, item.App, item.NodeId, holder, kind, onBehalfOf, item.DueAtTicks is { } due ? new DateTimeOffset(due, TimeSpan.Zero) : null));
        return item;
    }

    /// <summary>Moves an item back to open (delegated work returned, signers before the holder done).</summary>
    public static void Reopen(InstanceSession session, WorkItemRow item)
    {
        item.State = WorkflowJson.Name(WorkItemState.Open);
    }
}
