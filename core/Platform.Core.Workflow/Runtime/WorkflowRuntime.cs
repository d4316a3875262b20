using MediatR;
using Microsoft.EntityFrameworkCore;
using Platform.Contracts.Errors;
using Platform.Contracts.Forms.Records;
using Platform.Contracts.Identity;
using Platform.Contracts.Organization.Directory;
using Platform.Contracts.Organization.Roles;
using Platform.Contracts.Persistence;
using Platform.Contracts.Workflow.Events;
using Platform.Contracts.Workflow.Runtime;
using Platform.Core.Workflow.Persistence.Entities;
using Platform.Core.Workflow.Timers;

namespace Platform.Core.Workflow.Runtime;

/// <summary>
/// The runtime: each start or action is one unit of work — load, check legality, change, append history, save with the
/// instance revision as concurrency token — and its events are published after the commit.
/// </summary>
internal sealed class WorkflowRuntime(
    IUnitOfWork unitOfWork,
    ICurrentUser user,
    TimeProvider clock,
    SessionLoader sessions,
    Navigator navigator,
    Operations operations,
    Deferred<IFormRecords> records,
    IMemberDirectory members,
    IRoleResolver roles,
    IMediator mediator,
    DeadlineTimers timers) : IWorkflowRuntime
{
    /// <summary>Actor id of automatic actions (timers).</summary>
    public const string System = "system";

    public Task<InstanceSummary> StartAsync(StartProcess request, CancellationToken cancellationToken)
    {
        var actor = Actor();
        return unitOfWork.RunAsync(async ct =>
        {
            if (await Idempotency.FindAsync<InstanceSummary>(sessions.Db, actor, request.IdempotencyKey, "start", ct) is { } replayed)
            {
                return replayed;
            }

            var graph = await sessions.GraphAsync(request.ProcessKey, request.Version, ct);
            if (string.IsNullOrWhiteSpace(request.Title))
            {
                throw WorkflowErrors.Invalid("workflow.title_required", "title", "A title is required.");
            }

            if (graph.Definition.FormKey is { } formKey)
            {
                if (request.RecordId is null)
                {
                    throw WorkflowErrors.Invalid(WorkflowErrors.RecordRequired, "recordId", $"Process '{graph.Process.Key}' runs on form '{formKey}': give the record.");
                }

                var record = await records.Value.FindAsync(request.RecordId, null, ct)
                    ?? throw WorkflowErrors.Invalid(WorkflowErrors.RecordRequired, "recordId", $"Form record '{request.RecordId}' does not exist.");
                if (record.FormKey != formKey)
                {
                    throw WorkflowErrors.Invalid(WorkflowErrors.RecordRequired, "recordId", $"Record '{request.RecordId}' belongs to form '{record.FormKey}', not '{formKey}'.");
                }
            }

            var session = sessions.Create(graph, request.Title.Trim(), request.RecordId, new Applicant(actor, Department(actor, request.DepartmentId)), clock.GetUtcNow());
            var sequence = session.Record("started", graph.Start.Id, actorId: actor);
            session.Events.Add(new InstanceStarted(session.Row.Id, session.Row.ProcessKey, session.Row.App, session.Row.RecordId, actor));
            var start = navigator.NewRun(session, graph.Start, Branches.Main, sequence);
            session.State.LastDecision = new Decision(sequence, actor, graph.Start.Id, Branches.Main, IsSubmission: true);
            await navigator.LeaveAsync(session, start, sequence);
            await SaveAsync(session, ct);
            var summary = Summaries.Of(session);
            await Idempotency.RememberAsync(sessions.Db, actor, request.IdempotencyKey, "start", summary, clock.GetUtcNow(), ct);
            return summary;
        }, cancellationToken);
    }

    public Task<ActionOutcome> ActAsync(WorkflowAction action, CancellationToken cancellationToken)
    {
        var actor = Actor();
        return ActAsAsync(action, actor, cancellationToken);
    }

    /// <summary>Acts as <paramref name="actor"/> (timers act as <see cref="System"/>).</summary>
    public Task<ActionOutcome> ActAsAsync(WorkflowAction action, string actor, CancellationToken cancellationToken) =>
        unitOfWork.RunAsync(async ct =>
        {
            var operation = WorkflowJson.Name(action.Kind);
            if (await Idempotency.FindAsync<ActionOutcome>(sessions.Db, actor, action.IdempotencyKey, operation, ct) is { } replayed)
            {
                return replayed with { Replayed = true };
            }

            var (session, item) = await LoadAsync(action, actor, ct);
            if (action.ExpectedRevision is { } expected && expected != session.Row.Revision)
            {
                throw WorkflowErrors.Conflicting(WorkflowErrors.Conflict, $"The instance changed (revision {session.Row.Revision}, you saw {expected}). Reload and try again.");
            }

            await operations.ApplyAsync(session, item, action, IsAdministrator(actor), ct);
            await SaveAsync(session, ct);
            var outcome = new ActionOutcome(session.Row.Id, session.Status, session.Row.Revision, session.ActiveNodes, Replayed: false);
            await Idempotency.RememberAsync(sessions.Db, actor, action.IdempotencyKey, operation, outcome, clock.GetUtcNow(), ct);
            return outcome;
        }, cancellationToken);

    public Task<InstanceSummary> MigrateAsync(MigrateInstance request, CancellationToken cancellationToken)
    {
        var actor = Actor();
        if (!IsAdministrator(actor))
        {
            throw new PlatformException(WorkflowErrors.AdministratorsOnly, "Only administrators may migrate instances.", ErrorKind.Forbidden);
        }

        return unitOfWork.RunAsync(async ct =>
        {
            var session = await sessions.LoadAsync(request.InstanceId, clock.GetUtcNow(), actor, ct);
            var target = await sessions.GraphAsync(session.Row.ProcessKey, request.ToVersion, ct);
            Migration.Apply(session, target, request.NodeMapping);
            await SaveAsync(session, ct);
            return Summaries.Of(session);
        }, cancellationToken);
    }

    /// <summary>Changes a live work item as the system (timers); nothing happens when it is no longer live.</summary>
    public Task RunAsSystemAsync(string workItemId, Func<InstanceSession, WorkItemRow, Task> change, CancellationToken cancellationToken) =>
        unitOfWork.RunAsync(async ct =>
        {
            var instanceId = await sessions.Db.WorkItems.Where(w => w.Id == workItemId).Select(w => w.InstanceId).FirstOrDefaultAsync(ct);
            if (instanceId is null)
            {
                return;
            }

            var session = await sessions.LoadAsync(instanceId, clock.GetUtcNow(), System, ct);
            if (session.LiveItems.Find(i => i.Id == workItemId) is not { } item)
            {
                return;
            }

            await change(session, item);
            await SaveAsync(session, ct);
        }, cancellationToken);

    private async Task<(InstanceSession Session, WorkItemRow? Item)> LoadAsync(WorkflowAction action, string actor, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        if (action.WorkItemId is { } itemId)
        {
            var session = await sessions.LoadByItemAsync(itemId, now, actor, cancellationToken)
                ?? throw WorkflowErrors.NotFound(WorkflowErrors.WorkItemNotFound, "Work item", itemId);
            if (action.InstanceId is not null && action.InstanceId != session.Row.Id)
            {
                throw WorkflowErrors.Invalid(WorkflowErrors.WorkItemNotFound, "instanceId", $"Work item '{itemId}' belongs to another instance.");
            }

            var item = session.LiveItems.Find(i => i.Id == itemId);
            return (session, item ?? await ClosedItemAsync(itemId, cancellationToken));
        }

        if (action.InstanceId is { } id)
        {
            return (await sessions.LoadAsync(id, now, actor, cancellationToken), null);
        }

        throw WorkflowErrors.Invalid("workflow.target_required", "workItemId", "Name the work item (or, for instance actions, the instance).");
    }

    private async Task<WorkItemRow> ClosedItemAsync(string id, CancellationToken cancellationToken)
    {
        var closed = await sessions.Db.WorkItems.AsNoTracking().FirstAsync(w => w.Id == id, cancellationToken);
        throw WorkflowErrors.Conflicting(WorkflowErrors.WorkItemNotOpen, $"Work item '{id}' is no longer open ({closed.State}, {closed.Outcome}).");
    }

    private async Task SaveAsync(InstanceSession root, CancellationToken cancellationToken)
    {
        var all = Sessions(root);
        foreach (var session in all)
        {
            session.Touch();
            await timers.ApplyAsync(session, cancellationToken);
        }

        try
        {
            await sessions.Db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw WorkflowErrors.Conflicting(WorkflowErrors.Conflict, "Someone else acted on this instance at the same time. Reload and try again.");
        }

        // Published through the mediator inside the unit of work: the kernel holds them until the outermost commit
        // and drops them on rollback.
        foreach (var notification in all.SelectMany(s => s.Events))
        {
            await mediator.Publish(notification, cancellationToken);
        }
    }

    private static List<InstanceSession> Sessions(InstanceSession root)
    {
        var all = new List<InstanceSession>();
        var pending = new Stack<InstanceSession>([root]);
        while (pending.TryPop(out var next))
        {
            if (all.Contains(next))
            {
                continue;
            }

            all.Add(next);
            foreach (var related in next.Related)
            {
                pending.Push(related);
            }
        }

        return all;
    }

    private string Actor() =>
        user.IsAuthenticated && user.UserId is { } id
            ? id
            : throw new PlatformException(WorkflowErrors.Unauthenticated, "Sign in first.", ErrorKind.Unauthenticated);

    private bool IsAdministrator(string actor) => roles.HoldersOf(WellKnownRoles.Administrator).Contains(actor, StringComparer.Ordinal);

    private string? Department(string memberId, string? requested)
    {
        var member = members.FindMember(memberId)
            ?? throw WorkflowErrors.Rule(WorkflowErrors.MemberInvalid, $"Member '{memberId}' is not in the organisation.");
        if (requested is null)
        {
            return member.Primary.DepartmentId;
        }

        return member.Positions.Any(p => p.DepartmentId == requested)
            ? requested
            : throw WorkflowErrors.Invalid(WorkflowErrors.MemberInvalid, "departmentId", $"You hold no position in department '{requested}'.");
    }
}
