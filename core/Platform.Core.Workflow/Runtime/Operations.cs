using Microsoft.Extensions.Options;
using Platform.Contracts.Errors;
using Platform.Contracts.Forms.Permissions;
using Platform.Contracts.Forms.Records;
using Platform.Contracts.Organization.Directory;
using Platform.Contracts.Workflow.Definitions;
using Platform.Contracts.Workflow.Events;
using Platform.Contracts.Workflow.Runtime;
using Platform.Core.Workflow.Persistence.Entities;

namespace Platform.Core.Workflow.Runtime;

/// <summary>Checks each operation's legality and applies it to a loaded instance (docs/workflow.md, "Operations").</summary>
internal sealed class Operations(
    Decisions decisions,
    Assignments assignments,
    SubProcesses subProcesses,
    Deferred<IFormRecords> records,
    IMemberDirectory members,
    IOptions<WorkflowSettings> settings)
{
    private static readonly string Open = WorkflowJson.Name(WorkItemState.Open);
    private static readonly string Approval = WorkflowJson.Name(WorkItemKind.Approval);
    private static readonly string Added = WorkflowJson.Name(WorkItemKind.AddedSigner);

    public async Task ApplyAsync(InstanceSession session, WorkItemRow? item, WorkflowAction action, bool isAdministrator, CancellationToken cancellationToken)
    {
        switch (action.Kind)
        {
            case ActionKind.Approve:
                var approved = Held(session, item);
                await SaveFormAsync(session, approved, action, cancellationToken);
                await decisions.ApproveAsync(session, approved, action.Opinion);
                break;
            case ActionKind.Reject:
                await decisions.RejectAsync(session, Held(session, item, running: true), action.TargetNodeId, action.Opinion);
                break;
            case ActionKind.Withdraw:
                await WithdrawAsync(session, action.Opinion);
                break;
            case ActionKind.Transfer:
                Transfer(session, Held(session, item, running: true), OneMember(session, action), action.Opinion);
                break;
            case ActionKind.Delegate:
                Delegate(session, Held(session, item, running: true), OneMember(session, action), action.Opinion);
                break;
            case ActionKind.AddSigner:
                AddSigners(session, Held(session, item, running: true), action);
                break;
            case ActionKind.RemoveSigner:
                await RemoveSignerAsync(session, action);
                break;
            case ActionKind.Urge:
                Urge(session, isAdministrator, action.Opinion);
                break;
            case ActionKind.Comment:
                await CommentAsync(session, isAdministrator, action.Opinion, cancellationToken);
                break;
            case ActionKind.Terminate:
                await TerminateAsync(session, isAdministrator, action.Opinion);
                break;
            case ActionKind.MarkViewed:
                MarkViewed(session, Held(session, item));
                break;
            case ActionKind.Cancel:
                await CancelAsync(session, action.Opinion);
                break;
            default:
                throw WorkflowErrors.Invalid("workflow.action_unknown", "kind", $"Unknown action {action.Kind}.");
        }
    }

    /// <summary>The work item, open and held by the actor.</summary>
    private static WorkItemRow Held(InstanceSession session, WorkItemRow? item, bool running = false)
    {
        if (item is null)
        {
            throw WorkflowErrors.Invalid("workflow.target_required", "workItemId", "This action needs the work item.");
        }

        if (item.AssigneeId != session.ActorId)
        {
            throw new PlatformException(WorkflowErrors.NotHolder, "You do not hold this work item.", ErrorKind.Forbidden);
        }

        if (item.State != Open)
        {
            throw WorkflowErrors.Conflicting(WorkflowErrors.WorkItemNotOpen, $"Work item is {item.State}: it waits for delegated work or signers added before you.");
        }

        if (running && session.Status != InstanceStatus.Running)
        {
            throw WorkflowErrors.Rule(WorkflowErrors.InstanceNotRunning, $"The instance is {session.Row.Status}.");
        }

        return item;
    }

    private async Task SaveFormAsync(InstanceSession session, WorkItemRow item, WorkflowAction action, CancellationToken cancellationToken)
    {
        if (action.Data is null)
        {
            return;
        }

        if (session.Row.RecordId is null || item.Kind == Navigator.KindNotify)
        {
            throw WorkflowErrors.Invalid("workflow.data_not_allowed", "data", "This work item has no form to change.");
        }

        if (action.RecordRevision is not { } revision)
        {
            throw WorkflowErrors.Invalid("workflow.record_revision_required", "recordRevision", "Give the record revision the changes were made on.");
        }

        await records.Value.UpdateAsync(session.Row.RecordId, revision, action.Data, Profile(session.Graph, item), cancellationToken);
        session.ForgetData();
    }

    /// <summary>Field permissions at an item's node: the node's profile, else editable at the start and read-only elsewhere.</summary>
    public static FieldPermissionProfile Profile(ProcessGraph graph, WorkItemRow item)
    {
        var node = graph.HasNode(item.NodeId) ? graph.Node(item.NodeId) : null;
        if (node?.FormProfile is { } profile)
        {
            return profile;
        }

        return node?.Type == NodeType.Start ? FieldPermissionProfile.AllEditable : new FieldPermissionProfile(new Dictionary<string, FieldAccess>(), FieldAccess.ReadOnly);
    }

    private async Task WithdrawAsync(InstanceSession session, string? opinion)
    {
        if (session.Status != InstanceStatus.Running)
        {
            throw WorkflowErrors.Rule(WorkflowErrors.WithdrawNotAllowed, $"The instance is {session.Row.Status}; there is nothing to withdraw.");
        }

        var decision = session.State.LastDecision;
        if (decision is null || decision.ActorId != session.ActorId)
        {
            throw WorkflowErrors.Rule(WorkflowErrors.WithdrawNotAllowed, "Only the member whose action created the open work can withdraw it, and someone has acted since.");
        }

        var live = session.LiveItems.Where(i => i.Kind != Navigator.KindNotify).ToList();
        if (live.Any(i => i.CreatedBySequence < decision.Sequence))
        {
            throw WorkflowErrors.Rule(WorkflowErrors.WithdrawNotAllowed, "Other work opened before your action is still under way; only work your action created can be withdrawn.");
        }

        if (live.FirstOrDefault(i => i.ViewedAtTicks is not null) is { } viewed)
        {
            throw WorkflowErrors.Rule(WorkflowErrors.WithdrawNotAllowed, $"The next step has already been viewed at node '{viewed.NodeName}'; it can no longer be withdrawn.");
        }

        if (session.State.Runs.Any(r => r.ActivatedBy > decision.Sequence && r.Status == RunStatus.Completed && r.NodeId != session.Graph.Start.Id && session.Graph.Node(r.NodeId).Type == NodeType.Approval))
        {
            throw WorkflowErrors.Rule(WorkflowErrors.WithdrawNotAllowed, "A later step has already been completed.");
        }

        var sequence = session.Record("withdrawn", decision.NodeId, actorId: session.ActorId, opinion: opinion);
        var target = session.State.Runs.LastOrDefault(r => r.NodeId == decision.NodeId && r.Status == RunStatus.Completed && r.Branch == decision.Branch)
            ?? throw WorkflowErrors.Rule(WorkflowErrors.WithdrawNotAllowed, "The step to withdraw to is no longer in the instance.");
        await decisions.ReturnToAsync(session, target, sequence, opinion);
        session.State.LastDecision = null;
    }

    private void Transfer(InstanceSession session, WorkItemRow item, string to, string? opinion)
    {
        if (item.Kind != Approval && item.Kind != Added)
        {
            throw WorkflowErrors.Rule(WorkflowErrors.NotAllowed, "Only approval work can be transferred.");
        }

        var run = session.State.Run(item.RunId);
        session.Close(item, WorkItemState.Done, "transferred");
        var sequence = session.Record("transferred", item: item, actorId: session.ActorId, onBehalfOf: item.OnBehalfOfId, opinion: opinion, details: new() { ["to"] = to });
        var kind = WorkflowJson.Parse<WorkItemKind>(item.Kind);
        var replacement = assignments.Assign(session, run, to, kind, sequence, item.Position, item.AddedById, item.ReturnsToId);
        foreach (var pending in run.After.Where(a => a.ForItemId == item.Id).ToList())
        {
            run.After.Remove(pending);
            run.After.Add(pending with { ForItemId = replacement.Id });
        }
    }

    private void Delegate(InstanceSession session, WorkItemRow item, string to, string? opinion)
    {
        if (item.Kind != Approval && item.Kind != Added)
        {
            throw WorkflowErrors.Rule(WorkflowErrors.NotAllowed, "Only approval work can be delegated.");
        }

        var run = session.State.Run(item.RunId);
        item.State = WorkflowJson.Name(WorkItemState.Waiting);
        var sequence = session.Record("delegated", item: item, actorId: session.ActorId, onBehalfOf: item.OnBehalfOfId, opinion: opinion, details: new() { ["to"] = to });
        assignments.Assign(session, run, to, WorkItemKind.Delegated, sequence, returnsToId: item.Id);
    }

    private void AddSigners(InstanceSession session, WorkItemRow item, WorkflowAction action)
    {
        if (item.Kind != Approval && item.Kind != Added)
        {
            throw WorkflowErrors.Rule(WorkflowErrors.NotAllowed, "Signers can only be added to approval work.");
        }

        var position = action.Position ?? throw WorkflowErrors.Invalid("workflow.position_required", "position", "Say where the signers go: before, after or parallel.");
        var run = session.State.Run(item.RunId);
        var signers = Members(session, action, "memberIds");
        var busy = session.ItemsOf(run).Select(i => i.OnBehalfOfId ?? i.AssigneeId).Concat(run.After.Select(a => a.MemberId)).ToHashSet();
        if (signers.FirstOrDefault(s => busy.Contains(s) || s == session.ActorId) is { } duplicate)
        {
            throw WorkflowErrors.Invalid("workflow.signer_duplicate", "memberIds", $"Member '{duplicate}' already has work at this node.");
        }

        var details = Decisions.Members(signers);
        details["position"] = WorkflowJson.Name(position);
        var sequence = session.Record("signer_added", item: item, actorId: session.ActorId, onBehalfOf: item.OnBehalfOfId, opinion: action.Opinion, details: details);
        switch (position)
        {
            case SignerPosition.Before:
                item.State = WorkflowJson.Name(WorkItemState.Waiting);
                foreach (var signer in signers)
                {
                    assignments.Assign(session, run, signer, WorkItemKind.AddedSigner, sequence, addedById: session.ActorId, returnsToId: item.Id);
                }

                break;
            case SignerPosition.Parallel:
                foreach (var signer in signers)
                {
                    assignments.Assign(session, run, signer, WorkItemKind.AddedSigner, sequence, addedById: session.ActorId);
                }

                break;
            default:
                run.After.AddRange(signers.Select(s => new PendingSigner(s, session.ActorId, item.Id)));
                break;
        }
    }

    private async Task RemoveSignerAsync(InstanceSession session, WorkflowAction action)
    {
        if (session.Status != InstanceStatus.Running)
        {
            throw WorkflowErrors.Rule(WorkflowErrors.InstanceNotRunning, $"The instance is {session.Row.Status}.");
        }

        var member = OneMember(session, action, mustExist: false);
        var added = session.LiveItems.Find(i => i.Kind == Added && i.AddedById == session.ActorId && (i.OnBehalfOfId ?? i.AssigneeId) == member);
        if (added is not null)
        {
            var run = session.State.Run(added.RunId);
            session.Close(added, WorkItemState.Cancelled, "removed");
            var sequence = session.Record("signer_removed", item: added, actorId: session.ActorId, opinion: action.Opinion, details: Decisions.Members([member]));
            if (added.ReturnsToId is { } returnsTo && !session.LiveItems.Any(i => i.ReturnsToId == returnsTo) && session.LiveItems.Find(i => i.Id == returnsTo) is { } waiting)
            {
                Assignments.Reopen(session, waiting);
            }

            await decisions.CompleteIfDoneAsync(session, run, sequence);
            return;
        }

        var pendingRun = session.State.Active.FirstOrDefault(r => r.After.Any(a => a.MemberId == member && a.AddedById == session.ActorId))
            ?? throw WorkflowErrors.Rule(WorkflowErrors.NotAllowed, $"You added no signer '{member}' whose work is still open.");
        pendingRun.After.RemoveAll(a => a.MemberId == member && a.AddedById == session.ActorId);
        session.Record("signer_removed", pendingRun.NodeId, actorId: session.ActorId, opinion: action.Opinion, details: Decisions.Members([member]));
    }

    private void Urge(InstanceSession session, bool isAdministrator, string? opinion)
    {
        if (session.Status != InstanceStatus.Running)
        {
            throw WorkflowErrors.Rule(WorkflowErrors.InstanceNotRunning, $"The instance is {session.Row.Status}; there is nobody to urge.");
        }

        if (session.ActorId != session.Row.SubmitterId && !isAdministrator)
        {
            throw new PlatformException(WorkflowErrors.NotAllowed, "Only the submitter or an administrator may urge.", ErrorKind.Forbidden);
        }

        var interval = settings.Value.UrgeInterval;
        if (session.State.Urges.TryGetValue(session.ActorId, out var last) && session.NowTicks - last < interval.Ticks)
        {
            var next = new DateTimeOffset(last, TimeSpan.Zero) + interval;
            throw new PlatformException(WorkflowErrors.UrgeTooSoon, $"You urged this instance recently; urge again after {next:yyyy-MM-dd HH:mm} UTC.", ErrorKind.Rule);
        }

        session.State.Urges[session.ActorId] = session.NowTicks;
        session.Record("urged", actorId: session.ActorId, opinion: opinion);
        foreach (var item in session.LiveItems.Where(i => i.Kind != Navigator.KindNotify && i.State == Open))
        {
            session.Events.Add(new WorkItemReminder(item.Id, item.InstanceId, item.App, item.AssigneeId, "urged", session.ActorId));
        }
    }

    private async Task CommentAsync(InstanceSession session, bool isAdministrator, string? text, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            throw WorkflowErrors.Invalid("workflow.comment_required", "opinion", "A comment needs text.");
        }

        var participant = session.ActorId == session.Row.SubmitterId || isAdministrator
            || session.LiveItems.Any(i => i.AssigneeId == session.ActorId)
            || await ParticipatedAsync(session, cancellationToken);
        if (!participant)
        {
            throw new PlatformException(WorkflowErrors.NotAllowed, "Only participants of an instance may comment on it.", ErrorKind.Forbidden);
        }

        session.Record("commented", actorId: session.ActorId, opinion: text.Trim());
    }

    private static Task<bool> ParticipatedAsync(InstanceSession session, CancellationToken cancellationToken) =>
        Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.AnyAsync(
            session.Db.WorkItems, w => w.InstanceId == session.Row.Id && w.AssigneeId == session.ActorId, cancellationToken);

    private async Task TerminateAsync(InstanceSession session, bool isAdministrator, string? reason)
    {
        if (!isAdministrator)
        {
            throw new PlatformException(WorkflowErrors.AdministratorsOnly, "Only administrators may terminate instances.", ErrorKind.Forbidden);
        }

        if (session.Status is not (InstanceStatus.Running or InstanceStatus.Returned))
        {
            throw WorkflowErrors.Rule(WorkflowErrors.InstanceNotRunning, $"The instance is {session.Row.Status}.");
        }

        await EndAsync(session, InstanceStatus.Terminated, "terminated", reason);
    }

    private async Task CancelAsync(InstanceSession session, string? reason)
    {
        if (session.ActorId != session.Row.SubmitterId)
        {
            throw new PlatformException(WorkflowErrors.NotAllowed, "Only the submitter may cancel an instance.", ErrorKind.Forbidden);
        }

        if (session.Status != InstanceStatus.Returned)
        {
            throw WorkflowErrors.Rule(WorkflowErrors.NotAllowed, "Only an instance returned to its start can be cancelled; withdraw it first.");
        }

        await EndAsync(session, InstanceStatus.Cancelled, "cancelled", reason);
    }

    private async Task EndAsync(InstanceSession session, InstanceStatus status, string action, string? reason)
    {
        await decisions.CancelWithinAsync(session, Branches.Main, action);
        session.Status = status;
        session.Row.EndedAtTicks = session.NowTicks;
        session.Record(action, actorId: session.ActorId, opinion: reason);
        session.Events.Add(new InstanceCompleted(session.Row.Id, session.Row.ProcessKey, session.Row.App, session.Row.RecordId, status));
        await subProcesses.ChildFailedAsync(session, decisions);
    }

    private void MarkViewed(InstanceSession session, WorkItemRow item)
    {
        if (item.ViewedAtTicks is not null)
        {
            return;
        }

        item.ViewedAtTicks = session.NowTicks;
        session.Record("viewed", item: item, actorId: session.ActorId, onBehalfOf: item.OnBehalfOfId);
    }

    private string OneMember(InstanceSession session, WorkflowAction action, bool mustExist = true)
    {
        if (action.MemberIds is not { Count: 1 })
        {
            throw WorkflowErrors.Invalid("workflow.member_required", "memberIds", "Name exactly one member.");
        }

        var id = action.MemberIds[0];
        if (mustExist)
        {
            CheckMember(session, id, "memberIds[0]");
        }

        return id;
    }

    private List<string> Members(InstanceSession session, WorkflowAction action, string field)
    {
        if (action.MemberIds is not { Count: > 0 } ids)
        {
            throw WorkflowErrors.Invalid("workflow.member_required", field, "Name at least one member.");
        }

        for (var i = 0; i < ids.Count; i++)
        {
            CheckMember(session, ids[i], $"{field}[{i}]");
        }

        return ids.Distinct().ToList();
    }

    private void CheckMember(InstanceSession session, string id, string field)
    {
        if (members.FindMember(id) is not { IsEnabled: true })
        {
            throw WorkflowErrors.Invalid(WorkflowErrors.MemberInvalid, field, $"'{id}' is not an enabled member.");
        }

        if (id == session.ActorId)
        {
            throw WorkflowErrors.Invalid(WorkflowErrors.MemberInvalid, field, "Name someone other than yourself.");
        }
    }
}
