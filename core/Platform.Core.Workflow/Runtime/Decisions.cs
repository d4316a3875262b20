using System.Text.Json.Nodes;
using Platform.Contracts.Workflow.Definitions;
using Platform.Contracts.Workflow.Events;
using Platform.Contracts.Workflow.Runtime;
using Platform.Core.Workflow.Persistence.Entities;

namespace Platform.Core.Workflow.Runtime;

/// <summary>
/// Approvals and rejections at approval nodes, by mode; rejection to an earlier node (with its rule for parallel branches:
/// the target must be on the rejecting run's branch or an enclosing one, and everything inside the target's branch is
/// cancelled and re-run) and withdrawal.
/// </summary>
internal sealed class Decisions(Navigator navigator, Assignments assignments, SubProcesses subProcesses)
{
    private static readonly string Approval = WorkflowJson.Name(WorkItemKind.Approval);
    private static readonly string Delegated = WorkflowJson.Name(WorkItemKind.Delegated);
    private static readonly string Resubmit = WorkflowJson.Name(WorkItemKind.Resubmit);
    private static readonly string Waiting = WorkflowJson.Name(WorkItemState.Waiting);

    public async Task ApproveAsync(InstanceSession session, WorkItemRow item, string? opinion)
    {
        var run = session.State.Run(item.RunId);
        var node = session.Graph.Node(run.NodeId);
        if (item.Kind == Navigator.KindNotify)
        {
            session.Close(item, WorkItemState.Done, "read");
            session.Record("read", item: item, actorId: session.ActorId, onBehalfOf: item.OnBehalfOfId, opinion: opinion);
            return;
        }

        if (item.Kind == Resubmit)
        {
            session.Close(item, WorkItemState.Done, "resubmitted");
            var resubmitted = session.Record("resubmitted", item: item, actorId: session.ActorId, opinion: opinion);
            session.Status = InstanceStatus.Running;
            session.State.LastDecision = new Decision(resubmitted, session.ActorId, run.NodeId, run.Branch, IsSubmission: true);
            await navigator.LeaveAsync(session, run, resubmitted);
            return;
        }

        session.Close(item, WorkItemState.Done, item.Kind == Delegated ? "handled" : "approved");
        var sequence = session.Record(item.Kind == Delegated ? "returned" : "approved", item: item, actorId: session.ActorId, onBehalfOf: item.OnBehalfOfId, opinion: opinion);
        if (item.ReturnsToId is { } returnsTo)
        {
            // Delegated work handled, or a signer added before the holder approved: the holder's work comes back
            // once nothing else it waits for is left.
            if (!session.LiveItems.Any(i => i.ReturnsToId == returnsTo) && session.LiveItems.Find(i => i.Id == returnsTo) is { } waiting && waiting.State == Waiting)
            {
                Assignments.Reopen(session, waiting);
            }

            return;
        }

        if (item.Kind == Approval)
        {
            run.Approvals++;
            foreach (var signer in run.After.Where(a => a.ForItemId == item.Id).ToList())
            {
                run.After.Remove(signer);
                assignments.Assign(session, run, signer.MemberId, WorkItemKind.AddedSigner, sequence, addedById: signer.AddedById);
            }

            Decide(session, run, node, item, sequence);
        }

        await CompleteIfDoneAsync(session, run, sequence);
    }

    public async Task RejectAsync(InstanceSession session, WorkItemRow item, string? targetNodeId, string? opinion)
    {
        if (item.Kind == Delegated || item.Kind == Resubmit || item.Kind == Navigator.KindNotify)
        {
            throw WorkflowErrors.Rule(WorkflowErrors.NotAllowed, item.Kind == Resubmit
                ? "A returned instance cannot be rejected by its submitter: resubmit or cancel it."
                : "Delegated work and notices can only be handed back (approve), not rejected.");
        }

        var run = session.State.Run(item.RunId);
        var node = session.Graph.Node(run.NodeId);
        var target = Target(session, run, targetNodeId);
        session.Close(item, WorkItemState.Done, "rejected");
        var mode = node.Approval?.Mode ?? ApprovalMode.Single;
        if (item.Kind == Approval && mode is ApprovalMode.Count or ApprovalMode.Ratio)
        {
            run.Rejections++;
            var vote = session.Record("rejected_vote", item: item, actorId: session.ActorId, onBehalfOf: item.OnBehalfOfId, opinion: opinion);
            if (!RejectionDecides(session, run, node.Approval!))
            {
                await CompleteIfDoneAsync(session, run, vote);
                return;
            }
        }

        var sequence = session.Record("rejected", item: item, actorId: session.ActorId, onBehalfOf: item.OnBehalfOfId, opinion: opinion, details: new() { ["to"] = target.NodeId });
        await ReturnToAsync(session, target, sequence, opinion);
    }

    /// <summary>The completed run to reject to: legal only on the rejecting run's branch or an enclosing one.</summary>
    public static NodeRun Target(InstanceSession session, NodeRun from, string? targetNodeId)
    {
        var nodeId = targetNodeId ?? session.Graph.Start.Id;
        if (!session.Graph.HasNode(nodeId))
        {
            throw WorkflowErrors.Invalid(WorkflowErrors.RejectTargetInvalid, "targetNodeId", $"Node '{nodeId}' is not in this process.");
        }

        var type = session.Graph.Node(nodeId).Type;
        if (type is not (NodeType.Start or NodeType.Approval))
        {
            throw WorkflowErrors.Invalid(WorkflowErrors.RejectTargetInvalid, "targetNodeId", $"Node '{nodeId}' is a {type} node; work can only be returned to the start or an approval node.");
        }

        if (nodeId == from.NodeId)
        {
            throw WorkflowErrors.Invalid(WorkflowErrors.RejectTargetInvalid, "targetNodeId", "Work cannot be rejected to the node it is at.");
        }

        var target = session.State.Runs.LastOrDefault(r => r.NodeId == nodeId && r.Status == RunStatus.Completed)
            ?? throw WorkflowErrors.Invalid(WorkflowErrors.RejectTargetInvalid, "targetNodeId", $"Node '{nodeId}' has not been completed in this instance: work can only be returned to a node it has passed.");
        if (!Branches.Within(from.Branch, target.Branch))
        {
            throw WorkflowErrors.Invalid(WorkflowErrors.RejectTargetInvalid, "targetNodeId", $"Node '{nodeId}' lies in another parallel branch; work can be returned only along its own branch or to a node before the split.");
        }

        return target;
    }

    /// <summary>Cancels everything inside the target's branch and enters the target again.</summary>
    public async Task ReturnToAsync(InstanceSession session, NodeRun target, long sequence, string? opinion)
    {
        await CancelWithinAsync(session, target.Branch, "rejected");

        // What came after the target on its branch no longer counts as passed: it cannot be rejected to any more.
        foreach (var later in session.State.Runs.Where(r => r.Status == RunStatus.Completed && r != target && r.ActivatedBy >= target.ActivatedBy && Branches.Within(r.Branch, target.Branch)))
        {
            later.Status = RunStatus.Cancelled;
        }

        if (target.NodeId != session.Graph.Start.Id)
        {
            session.Status = InstanceStatus.Running;
        }

        await navigator.EnterAsync(session, target.NodeId, target.Branch, sequence);
        session.Events.Add(new InstanceRejected(session.Row.Id, session.Row.ProcessKey, session.Row.App, session.Row.RecordId, target.NodeId, session.ActorId, opinion));
    }

    /// <summary>Cancels active runs, live work (notices excepted) and join arrivals inside a branch ("" = everything).</summary>
    public async Task CancelWithinAsync(InstanceSession session, string branch, string outcome)
    {
        var cancelled = session.State.Active.Where(r => Branches.Within(r.Branch, branch)).ToList();
        foreach (var run in cancelled)
        {
            run.Status = RunStatus.Cancelled;
            run.CompletedAtTicks = session.NowTicks;
            await subProcesses.AbortChildAsync(session, run, outcome);
        }

        var runIds = cancelled.Select(r => r.Id).ToHashSet();
        foreach (var item in session.LiveItems.Where(i => runIds.Contains(i.RunId) && i.Kind != Navigator.KindNotify).ToList())
        {
            session.Close(item, WorkItemState.Cancelled, outcome);
        }

        foreach (var key in session.State.Joins.Keys.Where(k => Branches.Within(k[(k.IndexOf('|') + 1)..], branch)).ToList())
        {
            session.State.Joins.Remove(key);
        }
    }

    /// <summary>Whether the node's mode is now satisfied; moves sequential nodes on and cancels the rest where one decision suffices.</summary>
    private void Decide(InstanceSession session, NodeRun run, NodeDefinition node, WorkItemRow item, long sequence)
    {
        var settings = node.Approval!;
        var others = session.ItemsOf(run).Where(i => i.Kind == Approval).ToList();
        switch (settings.Mode)
        {
            case ApprovalMode.Sequential:
                var next = item.Position + 1;
                if (next < run.Assignees.Count)
                {
                    assignments.Assign(session, run, run.Assignees[next], WorkItemKind.Approval, sequence, position: next);
                }
                else
                {
                    run.Satisfied = true;
                }

                break;
            case ApprovalMode.All:
                run.Satisfied = others.Count == 0;
                break;
            case ApprovalMode.Count:
            case ApprovalMode.Ratio:
                run.Satisfied = run.Approvals >= Needed(run, settings);
                if (run.Satisfied)
                {
                    CancelRest(session, others, "decided_by_others");
                }

                break;
            default:
                run.Satisfied = true;
                CancelRest(session, others, "decided_by_other");
                break;
        }
    }

    private static bool RejectionDecides(InstanceSession session, NodeRun run, ApprovalSettings settings)
    {
        if (settings.RejectThreshold is { } threshold && run.Rejections >= threshold)
        {
            return true;
        }

        var open = session.ItemsOf(run).Count(i => i.Kind == Approval);
        return run.Approvals + open < Needed(run, settings);
    }

    private static int Needed(NodeRun run, ApprovalSettings settings) => settings.Mode == ApprovalMode.Count
        ? Math.Min(settings.Count ?? 1, run.Assignees.Count)
        : Math.Max(1, (int)Math.Ceiling((settings.Ratio ?? 1m) * run.Assignees.Count));

    private static void CancelRest(InstanceSession session, IEnumerable<WorkItemRow> items, string outcome)
    {
        foreach (var other in items)
        {
            session.Close(other, WorkItemState.Cancelled, outcome);
        }
    }

    /// <summary>Completes the run when its mode is satisfied and no added signer is left, and records the decision.</summary>
    public async Task CompleteIfDoneAsync(InstanceSession session, NodeRun run, long sequence)
    {
        if (!run.Satisfied || run.Status != RunStatus.Active || run.After.Count > 0 || session.ItemsOf(run).Any(i => i.Kind != Navigator.KindNotify))
        {
            return;
        }

        session.State.LastDecision = new Decision(sequence, session.ActorId, run.NodeId, run.Branch, IsSubmission: false);
        await navigator.LeaveAsync(session, run, sequence);
    }

    public static JsonObject Members(IEnumerable<string> ids) => new() { ["members"] = new JsonArray(ids.Select(id => (JsonNode?)id).ToArray()) };
}
