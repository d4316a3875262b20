using Platform.Contracts.Forms.Permissions;
using Platform.Contracts.Paging;

namespace Platform.Contracts.Workflow.Runtime;

/// <summary>Reads: to-do lists, submissions, instances, history and figures.</summary>
public interface IWorkflowQueries
{
    /// <summary>A member's work items (to-dos or done), newest first, from the narrow work-item table.</summary>
    /// <param name="query">Whose and which.</param>
    /// <param name="cancellationToken">Cancellation.</param>
    Task<Page<WorkItem>> WorkItemsAsync(ToDoQuery query, CancellationToken cancellationToken);

    /// <summary>Instances a member submitted, newest first.</summary>
    /// <param name="memberId">The submitter.</param>
    /// <param name="page">Page.</param>
    /// <param name="cancellationToken">Cancellation.</param>
    Task<Page<InstanceSummary>> SubmissionsAsync(string memberId, PageRequest page, CancellationToken cancellationToken);

    /// <summary>An instance, or null.</summary>
    /// <param name="instanceId">Instance id.</param>
    /// <param name="cancellationToken">Cancellation.</param>
    Task<InstanceSummary?> InstanceAsync(string instanceId, CancellationToken cancellationToken);

    /// <summary>An instance's work items, all states, in assignment order.</summary>
    /// <param name="instanceId">Instance id.</param>
    /// <param name="cancellationToken">Cancellation.</param>
    Task<IReadOnlyList<WorkItem>> InstanceWorkItemsAsync(string instanceId, CancellationToken cancellationToken);

    /// <summary>A work item, or null.</summary>
    /// <param name="workItemId">Work item id.</param>
    /// <param name="cancellationToken">Cancellation.</param>
    Task<WorkItem?> WorkItemAsync(string workItemId, CancellationToken cancellationToken);

    /// <summary>An instance's history in order.</summary>
    /// <param name="instanceId">Instance id.</param>
    /// <param name="cancellationToken">Cancellation.</param>
    Task<IReadOnlyList<HistoryEntry>> HistoryAsync(string instanceId, CancellationToken cancellationToken);

    /// <summary>Handling-time figures.</summary>
    /// <param name="query">Grouping and filters.</param>
    /// <param name="cancellationToken">Cancellation.</param>
    Task<IReadOnlyList<HandlingFigure>> FiguresAsync(FiguresQuery query, CancellationToken cancellationToken);

    /// <summary>The field permissions at the node of a work item (what its holder may see and change), for forms.</summary>
    /// <param name="workItemId">Work item id.</param>
    /// <param name="cancellationToken">Cancellation.</param>
    Task<FieldPermissionProfile?> ProfileAsync(string workItemId, CancellationToken cancellationToken);
}
