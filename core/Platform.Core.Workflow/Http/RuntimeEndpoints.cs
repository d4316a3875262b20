using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Platform.Contracts.Errors;
using Platform.Contracts.Identity;
using Platform.Contracts.Organization.Roles;
using Platform.Contracts.Paging;
using Platform.Contracts.Workflow.Runtime;
using Platform.Core.Workflow.Queries;
using Platform.Core.Workflow.Runtime;

namespace Platform.Core.Workflow.Http;

/// <summary>
/// Instances, work items, "my" lists, history and figures under <c>/api/workflow</c>. Actions take an
/// <c>Idempotency-Key</c> header; a retried request with the same key returns the first result.
/// </summary>
internal static class RuntimeEndpoints
{
    public static void MapRuntime(this IEndpointRouteBuilder endpoints)
    {
        var instances = endpoints.MapGroup("/instances").WithTags("Workflow: instances");
        instances.MapPost("", async (StartProcess request, IWorkflowRuntime runtime, HttpContext http, CancellationToken ct) =>
            {
                var started = await runtime.StartAsync(request with { IdempotencyKey = request.IdempotencyKey ?? Key(http) }, ct);
                return TypedResults.Created($"/api/workflow/instances/{started.Id}", started);
            })
            .WithName("Workflow_Start").WithSummary("Starts an instance as the current member (the submitter).");
        instances.MapGet("/{id}", async (string id, WorkflowQueries queries, Viewer viewer, CancellationToken ct) =>
            {
                await viewer.CheckAsync(id, ct);
                return TypedResults.Ok(await queries.InstanceAsync(id, ct) ?? throw NotFound(id));
            })
            .WithName("Workflow_GetInstance").WithSummary("An instance (participants and administrators).");
        instances.MapGet("/{id}/work-items", async (string id, WorkflowQueries queries, Viewer viewer, CancellationToken ct) =>
            {
                await viewer.CheckAsync(id, ct);
                return TypedResults.Ok(await queries.InstanceWorkItemsAsync(id, ct));
            })
            .WithName("Workflow_InstanceWorkItems").WithSummary("Every work item of an instance, in assignment order.");
        instances.MapGet("/{id}/history", async (string id, WorkflowQueries queries, Viewer viewer, CancellationToken ct) =>
            {
                await viewer.CheckAsync(id, ct);
                return TypedResults.Ok(await queries.HistoryAsync(id, ct));
            })
            .WithName("Workflow_History").WithSummary("The append-only history of an instance.");
        instances.MapPost("/{id}/actions", async (string id, WorkflowAction action, IWorkflowRuntime runtime, HttpContext http, CancellationToken ct) =>
                TypedResults.Ok(await runtime.ActAsync(action with { InstanceId = id, IdempotencyKey = action.IdempotencyKey ?? Key(http) }, ct)))
            .WithName("Workflow_InstanceAction").WithSummary("withdraw, urge, comment, terminate (administrators), cancel, removeSigner.");
        instances.MapPost("/{id}/migrate", async (string id, MigrationRequest request, IWorkflowRuntime runtime, CancellationToken ct) =>
                TypedResults.Ok(await runtime.MigrateAsync(new MigrateInstance(id, request.ToVersion, request.NodeMapping ?? new Dictionary<string, string>()), ct)))
            .WithName("Workflow_Migrate").WithSummary("Moves an instance to another version with a node mapping (administrators).");

        var items = endpoints.MapGroup("/work-items").WithTags("Workflow: work items");
        items.MapGet("/{id}", async (string id, WorkflowQueries queries, Viewer viewer, CancellationToken ct) =>
            {
                var item = await queries.WorkItemAsync(id, ct) ?? throw WorkflowErrors.NotFound(WorkflowErrors.WorkItemNotFound, "Work item", id);
                await viewer.CheckAsync(item.InstanceId, ct);
                return TypedResults.Ok(new WorkItemView(item, await queries.ProfileAsync(id, ct)));
            })
            .WithName("Workflow_GetWorkItem").WithSummary("A work item and the field permissions at its node.");
        items.MapPost("/{id}/actions", async (string id, WorkflowAction action, IWorkflowRuntime runtime, HttpContext http, CancellationToken ct) =>
                TypedResults.Ok(await runtime.ActAsync(action with { WorkItemId = id, IdempotencyKey = action.IdempotencyKey ?? Key(http) }, ct)))
            .WithName("Workflow_WorkItemAction").WithSummary("approve, reject, transfer, delegate, addSigner, markViewed on a work item you hold.");

        var mine = endpoints.MapGroup("/my").WithTags("Workflow: my work");
        mine.MapGet("/todos", (string? app, bool? overdue, int? offset, int? limit, IWorkflowQueries queries, ICurrentUser user, CancellationToken ct) =>
                queries.WorkItemsAsync(new ToDoQuery(Me(user), Page(offset, limit)) { App = app, OverdueOnly = overdue ?? false }, ct))
            .WithName("Workflow_MyToDos").WithSummary("My open work, newest first (?app=, ?overdue=true).");
        mine.MapGet("/done", (string? app, bool? overdue, int? offset, int? limit, IWorkflowQueries queries, ICurrentUser user, CancellationToken ct) =>
                queries.WorkItemsAsync(new ToDoQuery(Me(user), Page(offset, limit)) { App = app, OverdueOnly = overdue ?? false, Done = true }, ct))
            .WithName("Workflow_MyDone").WithSummary("Work I have done, newest first.");
        mine.MapGet("/submissions", (int? offset, int? limit, IWorkflowQueries queries, ICurrentUser user, CancellationToken ct) =>
                queries.SubmissionsAsync(Me(user), Page(offset, limit), ct))
            .WithName("Workflow_MySubmissions").WithSummary("Instances I started, newest first.");

        endpoints.MapGet("/figures", (FiguresGrouping? groupBy, string? processKey, DateTimeOffset? from, DateTimeOffset? to, IWorkflowQueries queries, CancellationToken ct) =>
                queries.FiguresAsync(new FiguresQuery(groupBy ?? FiguresGrouping.Node) { ProcessKey = processKey, From = from, To = to }, ct))
            .AddEndpointFilter<AdministratorsOnly>()
            .WithTags("Workflow: figures")
            .WithName("Workflow_Figures").WithSummary("Handling-time figures per node, member or department (administrators).");
    }

    private static string? Key(HttpContext http) =>
        http.Request.Headers.TryGetValue("Idempotency-Key", out var key) && !string.IsNullOrWhiteSpace(key) ? key.ToString() : null;

    private static PageRequest Page(int? offset, int? limit) => new(offset ?? 0, limit ?? PageRequest.DefaultLimit);

    private static string Me(ICurrentUser user) =>
        user.UserId ?? throw new PlatformException(ErrorCodes.Unauthenticated, "Sign in first.", ErrorKind.Unauthenticated);

    private static PlatformException NotFound(string id) => WorkflowErrors.NotFound(WorkflowErrors.InstanceNotFound, "Instance", id);

    /// <summary>Body of <c>POST /instances/{id}/migrate</c>.</summary>
    /// <param name="ToVersion">Target version.</param>
    /// <param name="NodeMapping">Old node id → new node id.</param>
    internal sealed record MigrationRequest(int ToVersion, Dictionary<string, string>? NodeMapping);

    /// <summary>A work item with the field permissions at its node.</summary>
    /// <param name="Item">The item.</param>
    /// <param name="Profile">Field permissions.</param>
    internal sealed record WorkItemView(WorkItem Item, Contracts.Forms.Permissions.FieldPermissionProfile? Profile);
}

/// <summary>Who may read an instance: participants (submitter, holders past and present) and administrators.</summary>
internal sealed class Viewer(ICurrentUser user, IRoleResolver roles, WorkflowQueries queries)
{
    public async Task CheckAsync(string instanceId, CancellationToken cancellationToken)
    {
        var id = user.UserId ?? throw new PlatformException(ErrorCodes.Unauthenticated, "Sign in first.", ErrorKind.Unauthenticated);
        if (roles.HoldersOf(WellKnownRoles.Administrator).Contains(id, StringComparer.Ordinal))
        {
            return;
        }

        if (await queries.InstanceAsync(instanceId, cancellationToken) is null)
        {
            throw WorkflowErrors.NotFound(WorkflowErrors.InstanceNotFound, "Instance", instanceId);
        }

        if (!await queries.IsParticipantAsync(instanceId, id, cancellationToken))
        {
            throw new PlatformException(ErrorCodes.Forbidden, "Only participants of an instance and administrators may see it.", ErrorKind.Forbidden);
        }
    }
}
