using Microsoft.EntityFrameworkCore;
using Platform.Contracts.Workflow.Runtime;
using Platform.Core.Workflow.Persistence;

namespace Platform.Core.Workflow.Queries;

/// <summary>
/// Handling-time figures (绩效) derived from work items: approval work only (notices, resubmissions and delegated
/// hand-backs are not counted), grouped by node, holder or the holder's department at assignment.
/// </summary>
internal static class Figures
{
    private static readonly string[] Counted = [WorkflowJson.Name(WorkItemKind.Approval), WorkflowJson.Name(WorkItemKind.AddedSigner)];
    private static readonly string Done = WorkflowJson.Name(WorkItemState.Done);
    private static readonly string Open = WorkflowJson.Name(WorkItemState.Open);
    private static readonly string Waiting = WorkflowJson.Name(WorkItemState.Waiting);

    public static async Task<IReadOnlyList<HandlingFigure>> ComputeAsync(WorkflowDbContext db, FiguresQuery query, long nowTicks, CancellationToken cancellationToken)
    {
        var items = db.WorkItems.AsNoTracking().Where(w => Counted.Contains(w.Kind) && (w.State == Done || w.State == Open || w.State == Waiting));
        if (query.ProcessKey is { } key)
        {
            items = items.Where(w => w.ProcessKey == key);
        }

        if (query.From is { } from)
        {
            var ticks = from.UtcTicks;
            items = items.Where(w => w.AssignedAtTicks >= ticks);
        }

        if (query.To is { } to)
        {
            var ticks = to.UtcTicks;
            items = items.Where(w => w.AssignedAtTicks < ticks);
        }

        var rows = await items
            .Select(w => new { w.NodeId, w.AssigneeId, w.AssigneeDepartmentId, w.State, w.AssignedAtTicks, w.CompletedAtTicks, w.DueAtTicks })
            .ToListAsync(cancellationToken);
        return rows
            .GroupBy(r => query.GroupBy switch
            {
                FiguresGrouping.Member => r.AssigneeId,
                FiguresGrouping.Department => r.AssigneeDepartmentId ?? "",
                _ => r.NodeId,
            })
            .Select(g =>
            {
                var done = g.Where(r => r.State == Done).ToList();
                var minutes = done.Select(r => TimeSpan.FromTicks(r.CompletedAtTicks!.Value - r.AssignedAtTicks).TotalMinutes).Order().ToList();
                var overdue = done.Count(r => r.DueAtTicks is { } due && r.CompletedAtTicks > due)
                    + g.Count(r => r.State != Done && r.DueAtTicks is { } due && due < nowTicks);
                return new HandlingFigure(g.Key, done.Count, g.Count() - done.Count, overdue, minutes.Count == 0 ? null : minutes.Average(), Median(minutes));
            })
            .OrderBy(f => f.Group, StringComparer.Ordinal)
            .ToList();
    }

    private static double? Median(List<double> sorted) => sorted.Count == 0
        ? null
        : sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
}
