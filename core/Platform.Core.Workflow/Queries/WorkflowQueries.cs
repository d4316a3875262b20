using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Platform.Contracts.Forms.Permissions;
using Platform.Contracts.Paging;
using Platform.Contracts.Workflow.Definitions;
using Platform.Contracts.Workflow.Runtime;
using Platform.Core.Workflow.Persistence;
using Platform.Core.Workflow.Runtime;

namespace Platform.Core.Workflow.Queries;

/// <summary>Reads for lists and screens. To-do lists read only the narrow work-item table, by its (assignee, state, assigned) index.</summary>
internal sealed class WorkflowQueries(WorkflowDbContext db, TimeProvider clock, Deferred<IProcessDefinitions> definitions, ProcessGraphs graphs) : IWorkflowQueries
{
    private static readonly string Done = WorkflowJson.Name(WorkItemState.Done);

    public async Task<Page<WorkItem>> WorkItemsAsync(ToDoQuery query, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcTicks;
        var items = query.Done
            ? db.WorkItems.Where(w => w.AssigneeId == query.MemberId && w.State == Done)
            : db.WorkItems.Where(w => w.AssigneeId == query.MemberId && w.Live);
        if (query.App is { } app)
        {
            items = items.Where(w => w.App == app);
        }

        if (query.OverdueOnly)
        {
            items = query.Done
                ? items.Where(w => w.DueAtTicks != null && w.CompletedAtTicks > w.DueAtTicks)
                : items.Where(w => w.DueAtTicks != null && w.DueAtTicks < now);
        }

        var rows = await items.AsNoTracking()
            .OrderByDescending(w => w.AssignedAtTicks)
            .Skip(query.Page.Offset)
            .Take(query.Page.Limit)
            .ToListAsync(cancellationToken);
        return new Page<WorkItem>(rows.Select(r => Summaries.Of(r, now)).ToList(), query.Page.Offset, query.Page.Limit, null);
    }

    public async Task<Page<InstanceSummary>> SubmissionsAsync(string memberId, PageRequest page, CancellationToken cancellationToken)
    {
        var rows = await db.Instances.AsNoTracking()
            .Where(i => i.SubmitterId == memberId && i.ParentId == null)
            .OrderByDescending(i => i.StartedAtTicks)
            .Skip(page.Offset)
            .Take(page.Limit)
            .ToListAsync(cancellationToken);
        return new Page<InstanceSummary>(rows.Select(r => Summaries.Of(r, ActiveNodes(r.State))).ToList(), page.Offset, page.Limit, null);
    }

    public async Task<InstanceSummary?> InstanceAsync(string instanceId, CancellationToken cancellationToken)
    {
        var row = await db.Instances.AsNoTracking().FirstOrDefaultAsync(i => i.Id == instanceId, cancellationToken);
        return row is null ? null : Summaries.Of(row, ActiveNodes(row.State));
    }

    public async Task<IReadOnlyList<WorkItem>> InstanceWorkItemsAsync(string instanceId, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcTicks;
        var rows = await db.WorkItems.AsNoTracking().Where(w => w.InstanceId == instanceId).OrderBy(w => w.AssignedAtTicks).ThenBy(w => w.Position).ToListAsync(cancellationToken);
        return rows.Select(r => Summaries.Of(r, now)).ToList();
    }

    public async Task<WorkItem?> WorkItemAsync(string workItemId, CancellationToken cancellationToken)
    {
        var row = await db.WorkItems.AsNoTracking().FirstOrDefaultAsync(w => w.Id == workItemId, cancellationToken);
        return row is null ? null : Summaries.Of(row, clock.GetUtcNow().UtcTicks);
    }

    public async Task<IReadOnlyList<HistoryEntry>> HistoryAsync(string instanceId, CancellationToken cancellationToken)
    {
        var rows = await db.History.AsNoTracking().Where(h => h.InstanceId == instanceId).OrderBy(h => h.Sequence).ToListAsync(cancellationToken);
        return rows.Select(h => new HistoryEntry(h.Sequence, h.Action, Summaries.At(h.AtTicks))
        {
            NodeId = h.NodeId,
            WorkItemId = h.WorkItemId,
            ActorId = h.ActorId,
            OnBehalfOfId = h.OnBehalfOfId,
            Opinion = h.Opinion,
            AssignedAt = h.AssignedAtTicks is { } a ? Summaries.At(a) : null,
            ViewedAt = h.ViewedAtTicks is { } v ? Summaries.At(v) : null,
            DueAt = h.DueAtTicks is { } d ? Summaries.At(d) : null,
            Details = h.Details is null ? null : JsonNode.Parse(h.Details) as JsonObject,
        }).ToList();
    }

    public Task<IReadOnlyList<HandlingFigure>> FiguresAsync(FiguresQuery query, CancellationToken cancellationToken) =>
        Figures.ComputeAsync(db, query, clock.GetUtcNow().UtcTicks, cancellationToken);

    public async Task<FieldPermissionProfile?> ProfileAsync(string workItemId, CancellationToken cancellationToken)
    {
        var item = await db.WorkItems.AsNoTracking().FirstOrDefaultAsync(w => w.Id == workItemId, cancellationToken);
        if (item is null)
        {
            return null;
        }

        var version = await db.Instances.AsNoTracking().Where(i => i.Id == item.InstanceId).Select(i => new { i.ProcessKey, i.Version }).FirstAsync(cancellationToken);
        var graph = await graphs.GetAsync(definitions, version.ProcessKey, version.Version, cancellationToken);
        return Operations.Profile(graph, item);
    }

    /// <summary>Whether a member may see an instance: its submitter, or a holder of any of its work items, now or before.</summary>
    public async Task<bool> IsParticipantAsync(string instanceId, string memberId, CancellationToken cancellationToken) =>
        await db.Instances.AnyAsync(i => i.Id == instanceId && i.SubmitterId == memberId, cancellationToken)
        || await db.WorkItems.AnyAsync(w => w.InstanceId == instanceId && (w.AssigneeId == memberId || w.OnBehalfOfId == memberId), cancellationToken);

    private static IReadOnlyList<string> ActiveNodes(string state)
    {
        var parsed = JsonSerializer.Deserialize<InstanceState>(state, WorkflowJson.Options);
        return parsed?.Active.Select(r => r.NodeId).Distinct().ToList() ?? [];
    }
}
