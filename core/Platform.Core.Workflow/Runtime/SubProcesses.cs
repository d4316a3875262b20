using Platform.Contracts.Workflow.Definitions;
using Platform.Contracts.Workflow.Events;
using Platform.Contracts.Workflow.Runtime;

namespace Platform.Core.Workflow.Runtime;

/// <summary>
/// Sub-process nodes: the child instance runs on the same record for the same submitter; when it is approved the parent's
/// node completes. A child cancelled or terminated returns the parent to its start. A parent that moves away from the node
/// (rejected past it, withdrawn, terminated) aborts the child.
/// </summary>
internal sealed class SubProcesses(SessionLoader sessions)
{
    public async Task StartChildAsync(InstanceSession parent, NodeDefinition node, NodeRun run, Navigator navigator)
    {
        var graph = await sessions.GraphAsync(node.SubProcessKey!, null, CancellationToken.None);
        var child = sessions.Create(graph, parent.Row.Title, parent.Row.RecordId, parent.Applicant, parent.Now, parent.Row.Id, run.Id);
        parent.Related.Add(child);
        child.Related.Add(parent);
        run.ChildInstanceId = child.Row.Id;
        var sequence = child.Record("started", graph.Start.Id, actorId: parent.ActorId, details: new() { ["parent"] = parent.Row.Id });
        child.Events.Add(new InstanceStarted(child.Row.Id, child.Row.ProcessKey, child.Row.App, child.Row.RecordId, child.Row.SubmitterId));
        parent.Record("subprocess_started", node.Id, actorId: parent.ActorId, details: new() { ["child"] = child.Row.Id });
        var start = navigator.NewRun(child, graph.Start, Branches.Main, sequence);
        child.State.LastDecision = new Decision(sequence, child.Row.SubmitterId, graph.Start.Id, Branches.Main, IsSubmission: true);
        await navigator.LeaveAsync(child, start, sequence);
    }

    /// <summary>Called when an instance ends approved: continues its parent, if it has one.</summary>
    public async Task ChildEndedAsync(InstanceSession child, Navigator navigator)
    {
        if (child.Row.ParentId is null)
        {
            return;
        }

        var parent = await RelatedAsync(child, child.Row.ParentId);
        var run = parent.State.Runs.Find(r => r.Id == child.Row.ParentRunId);
        if (run is null || run.Status != RunStatus.Active)
        {
            return;
        }

        var sequence = parent.Record("subprocess_completed", run.NodeId, actorId: child.ActorId, details: new() { ["child"] = child.Row.Id });
        await navigator.LeaveAsync(parent, run, sequence);
    }

    /// <summary>Aborts the child of a cancelled sub-process run.</summary>
    public async Task AbortChildAsync(InstanceSession parent, NodeRun run, string reason)
    {
        if (run.ChildInstanceId is null)
        {
            return;
        }

        var child = await RelatedAsync(parent, run.ChildInstanceId);
        if (child.Status is not (InstanceStatus.Running or InstanceStatus.Returned))
        {
            return;
        }

        foreach (var active in child.State.Active.ToList())
        {
            active.Status = RunStatus.Cancelled;
            await AbortChildAsync(child, active, reason);
        }

        foreach (var item in child.LiveItems.Where(i => i.Kind != Navigator.KindNotify).ToList())
        {
            child.Close(item, WorkItemState.Cancelled, "aborted");
        }

        child.Status = InstanceStatus.Aborted;
        child.Row.EndedAtTicks = child.NowTicks;
        child.Record("aborted", actorId: parent.ActorId, details: new() { ["reason"] = reason });
        child.Events.Add(new InstanceCompleted(child.Row.Id, child.Row.ProcessKey, child.Row.App, child.Row.RecordId, InstanceStatus.Aborted));
    }

    /// <summary>Called when an instance is terminated or cancelled: a parent waiting for it returns to its start.</summary>
    public async Task ChildFailedAsync(InstanceSession child, Decisions decisions)
    {
        if (child.Row.ParentId is null)
        {
            return;
        }

        var parent = await RelatedAsync(child, child.Row.ParentId);
        var run = parent.State.Runs.Find(r => r.Id == child.Row.ParentRunId);
        if (run is null || run.Status != RunStatus.Active)
        {
            return;
        }

        var start = parent.State.Runs.LastOrDefault(r => r.NodeId == parent.Graph.Start.Id && r.Status == RunStatus.Completed);
        if (start is null)
        {
            return;
        }

        var sequence = parent.Record("subprocess_failed", run.NodeId, actorId: child.ActorId, details: new() { ["child"] = child.Row.Id, ["status"] = child.Row.Status });
        await decisions.ReturnToAsync(parent, start, sequence, null);
    }

    private async Task<InstanceSession> RelatedAsync(InstanceSession from, string id)
    {
        var known = from.Related.Find(s => s.Row.Id == id);
        if (known is not null)
        {
            return known;
        }

        var loaded = await sessions.LoadAsync(id, from.Now, from.ActorId, CancellationToken.None);
        from.Related.Add(loaded);
        loaded.Related.Add(from);
        return loaded;
    }
}
