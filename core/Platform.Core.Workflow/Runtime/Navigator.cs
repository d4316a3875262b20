using System.Text.Json.Nodes;
using Platform.Contracts.Forms.Expressions;
using Platform.Contracts.Forms.Records;
using Platform.Contracts.Organization.Directory;
using Platform.Contracts.Organization.Roles;
using Platform.Contracts.Workflow.Definitions;
using Platform.Contracts.Workflow.Events;
using Platform.Contracts.Workflow.Runtime;

namespace Platform.Core.Workflow.Runtime;

/// <summary>
/// Moves tokens through a process: entering nodes (assigning work, branching, splitting, joining, running sub-processes,
/// ending) and leaving completed runs. Everything happens inside the caller's unit of work.
/// </summary>
internal sealed class Navigator(
    Assignments assignments,
    AssigneeResolver resolver,
    IExpressionEngine expressions,
    Deferred<IFormRecords> records,
    IMemberDirectory members,
    IOrgStructure structure,
    IRoleResolver roles,
    SubProcesses subProcesses)
{
    /// <summary>The form data of the instance's record, all fields.</summary>
    public Task<JsonObject?> DataAsync(InstanceSession session) =>
        session.DataAsync(async id => (await records.Value.FindAsync(id, null, CancellationToken.None))?.Data);

    /// <summary>Enters a node on a branch because of the action with history sequence <paramref name="cause"/>.</summary>
    public async Task EnterAsync(InstanceSession session, string nodeId, string branch, long cause)
    {
        var node = session.Graph.Node(nodeId);
        switch (node.Type)
        {
            case NodeType.Start:
                EnterStart(session, branch, cause);
                break;
            case NodeType.Approval:
                await EnterApprovalAsync(session, node, branch, cause);
                break;
            case NodeType.Notify:
                await EnterNotifyAsync(session, node, branch, cause);
                break;
            case NodeType.Exclusive:
                await FollowAsync(session, node, branch, cause, await ChooseAsync(session, node));
                break;
            case NodeType.ParallelSplit:
                var flows = session.Graph.Outgoing(node.Id);
                for (var i = 0; i < flows.Count; i++)
                {
                    await EnterAsync(session, flows[i].To, Branches.Enter(branch, node.Id, i), cause);
                }

                break;
            case NodeType.ParallelJoin:
                await ArriveAsync(session, node, branch, cause);
                break;
            case NodeType.SubProcess:
                await subProcesses.StartChildAsync(session, node, NewRun(session, node, branch, cause), this);
                break;
            case NodeType.End:
                await EndAsync(session, node, cause);
                break;
            default:
                throw new InvalidOperationException($"Node type {node.Type} is not handled.");
        }
    }

    /// <summary>Completes a run and follows the node's outgoing flows.</summary>
    public async Task LeaveAsync(InstanceSession session, NodeRun run, long cause)
    {
        run.Status = RunStatus.Completed;
        run.CompletedAtTicks = session.NowTicks;
        var node = session.Graph.Node(run.NodeId);
        var flows = session.Graph.Outgoing(node.Id);
        if (flows.Count > 0)
        {
            await FollowAsync(session, node, run.Branch, cause, flows[0]);
        }
    }

    public NodeRun NewRun(InstanceSession session, NodeDefinition node, string branch, long cause)
    {
        var run = new NodeRun
        {
            Id = Guid.CreateVersion7().ToString(),
            NodeId = node.Id,
            Branch = branch,
            Status = RunStatus.Active,
            ActivatedBy = cause,
            ActivatedAtTicks = session.NowTicks,
        };
        session.State.Runs.Add(run);
        return run;
    }

    private void EnterStart(InstanceSession session, string branch, long cause)
    {
        var run = NewRun(session, session.Graph.Start, branch, cause);
        session.Status = InstanceStatus.Returned;
        assignments.Assign(session, run, session.Row.SubmitterId, WorkItemKind.Resubmit, cause);
    }

    private async Task EnterApprovalAsync(InstanceSession session, NodeDefinition node, string branch, long cause)
    {
        var settings = node.Approval ?? throw new InvalidOperationException($"Approval node '{node.Id}' has no settings.");
        var assignees = resolver.Resolve(settings.Assignees, session.Applicant, await NeedsDataAsync(session, settings.Assignees));
        if (assignees.Count == 0)
        {
            switch (settings.WhenEmpty)
            {
                case EmptyAssigneeBehavior.Skip:
                    var skipped = NewRun(session, node, branch, cause);
                    var sequence = session.Record("skipped", node.Id, actorId: session.ActorId, details: new() { ["reason"] = "no assignee" });
                    await LeaveAsync(session, skipped, sequence);
                    return;
                case EmptyAssigneeBehavior.Administrators:
                    assignees = roles.HoldersOf(WellKnownRoles.Administrator).Where(id => members.FindMember(id) is { IsEnabled: true }).ToList();
                    if (assignees.Count > 0)
                    {
                        break;
                    }

                    goto default;
                default:
                    throw WorkflowErrors.Rule(WorkflowErrors.NoAssignee, $"Nobody can be assigned at node '{node.Name}' ({node.Id}): its rules resolve no enabled member.");
            }
        }

        var run = NewRun(session, node, branch, cause);
        run.Assignees = assignees;
        if (settings.Mode == ApprovalMode.Sequential)
        {
            assignments.Assign(session, run, assignees[0], WorkItemKind.Approval, cause, position: 0);
            return;
        }

        for (var i = 0; i < assignees.Count; i++)
        {
            assignments.Assign(session, run, assignees[i], WorkItemKind.Approval, cause, position: i);
        }
    }

    private async Task EnterNotifyAsync(InstanceSession session, NodeDefinition node, string branch, long cause)
    {
        var run = NewRun(session, node, branch, cause);
        var rules = node.Recipients ?? [];
        foreach (var recipient in resolver.Resolve(rules, session.Applicant, await NeedsDataAsync(session, rules)))
        {
            assignments.Assign(session, run, recipient, WorkItemKind.Notify, cause);
        }

        await LeaveAsync(session, run, cause);
    }

    private async Task<JsonObject?> NeedsDataAsync(InstanceSession session, IEnumerable<AssigneeRule> rules) =>
        rules.Any(r => r.Field is not null) ? await DataAsync(session) : null;

    private async Task<FlowDefinition> ChooseAsync(InstanceSession session, NodeDefinition node)
    {
        var flows = session.Graph.Outgoing(node.Id);
        var data = await DataAsync(session) ?? [];
        var variables = new Dictionary<string, JsonNode?> { ["applicant"] = session.Applicant.Facts(members, structure, roles) };
        foreach (var flow in flows)
        {
            if (!flow.IsDefault && flow.Condition is { } condition && expressions.IsTrue(condition, data, variables))
            {
                return flow;
            }
        }

        return flows.FirstOrDefault(f => f.IsDefault)
            ?? throw WorkflowErrors.Rule("workflow.no_branch", $"No condition of branch node '{node.Name}' ({node.Id}) holds and it has no default flow.");
    }

    private async Task FollowAsync(InstanceSession session, NodeDefinition from, string branch, long cause, FlowDefinition flow)
    {
        if (from.Type == NodeType.Exclusive)
        {
            session.Record("routed", from.Id, actorId: session.ActorId, details: new() { ["flow"] = flow.Id, ["to"] = flow.To });
        }

        await EnterAsync(session, flow.To, branch, cause);
    }

    private async Task ArriveAsync(InstanceSession session, NodeDefinition join, string branch, long cause)
    {
        var left = Branches.Leave(branch)
            ?? throw new InvalidOperationException($"Join '{join.Id}' was reached outside a parallel branch.");
        var key = $"{join.Id}|{left.Parent}";
        if (!session.State.Joins.TryGetValue(key, out var arrived))
        {
            session.State.Joins[key] = arrived = [];
        }

        if (!arrived.Contains(branch))
        {
            arrived.Add(branch);
        }

        if (arrived.Count < session.Graph.Outgoing(left.SplitNodeId).Count)
        {
            return;
        }

        session.State.Joins.Remove(key);
        var flows = session.Graph.Outgoing(join.Id);
        if (flows.Count > 0)
        {
            await FollowAsync(session, join, left.Parent, cause, flows[0]);
        }
    }

    private async Task EndAsync(InstanceSession session, NodeDefinition end, long cause)
    {
        var run = NewRun(session, end, Branches.Main, cause);
        run.Status = RunStatus.Completed;
        run.CompletedAtTicks = session.NowTicks;
        foreach (var active in session.State.Active.ToList())
        {
            active.Status = RunStatus.Cancelled;
        }

        foreach (var item in session.LiveItems.Where(i => i.Kind != KindNotify).ToList())
        {
            session.Close(item, WorkItemState.Cancelled, "completed");
        }

        session.Status = InstanceStatus.Approved;
        session.Row.EndedAtTicks = session.NowTicks;
        session.Record("completed", end.Id, actorId: session.ActorId);
        session.Events.Add(new InstanceCompleted(session.Row.Id, session.Row.ProcessKey, session.Row.App, session.Row.RecordId, InstanceStatus.Approved));
        await subProcesses.ChildEndedAsync(session, this);
    }

    public static readonly string KindNotify = WorkflowJson.Name(WorkItemKind.Notify);
}
