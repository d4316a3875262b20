using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Platform.Apps.Documents.Drafting;
using Platform.Apps.Documents.NewsPublishing;
using Platform.Apps.Documents.Persistence;
using Platform.Contracts.Errors;
using Platform.Contracts.Persistence;
using Platform.Contracts.Workflow.Runtime;

namespace Platform.Apps.Documents.Approval;

/// <summary>
/// <c>POST /documents/{id}/submit</c> (start the type's process, or resubmit after a return) and
/// <c>POST /documents/{id}/actions</c> (act on a work item). Each is one unit of work with the workflow engine: when the
/// action approves the instance, the number and the signature are written in the same transaction.
/// </summary>
internal static class ApprovalEndpoints
{
    public static void MapApproval(this IEndpointRouteBuilder endpoints)
    {
        var documents = endpoints.MapGroup("/documents/{id}").WithTags("Documents");
        documents.MapPost("/submit", SubmitAsync).WithName("Documents_Submit")
            .WithSummary("Submits a draft into its type's process, or resubmits a returned document.")
            .ProducesProblem(StatusCodes.Status409Conflict);
        documents.MapPost("/actions", ActAsync).WithName("Documents_Act")
            .WithSummary("Acts on one of the document's work items (approve, reject, …); approval numbers and signs the document.")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden);
    }

    private static async Task<Ok<DocumentView>> SubmitAsync(
        string id,
        [FromServices] DocumentAccess access,
        [FromServices] DocumentsDbContext db,
        [FromServices] IWorkflowRuntime runtime,
        [FromServices] IWorkflowQueries queries,
        [FromServices] IUnitOfWork unitOfWork,
        [FromServices] Completion completion,
        [FromServices] NewsPublisher news,
        [FromServices] Contracts.Forms.Records.IFormRecords records,
        [FromServices] TimeProvider clock,
        CancellationToken cancellationToken)
    {
        var me = access.UserId;
        var document = await unitOfWork.RunAsync(async ct =>
        {
            var document = await db.GetDocumentAsync(id, ct);
            if (document.DrafterId != me)
            {
                throw DocumentErrors.Forbidden($"Only the drafter may submit document '{id}'.");
            }

            document.RequireEditable();
            var type = await db.GetTypeAsync(document.TypeKey, ct);
            InstanceStatus status;
            if (document.Status == DocumentStatus.Draft)
            {
                var started = await runtime.StartAsync(new StartProcess(type.ProcessKey, document.Title) { RecordId = document.RecordId }, ct);
                document.InstanceId = started.Id;
                status = started.Status;
            }
            else
            {
                var items = await queries.InstanceWorkItemsAsync(document.InstanceId!, ct);
                var mine = items.LastOrDefault(i => i.AssigneeId == me && i.State == WorkItemState.Open)
                    ?? throw DocumentErrors.WrongState(id, document.Status, "returned to you with an open work item");
                status = (await runtime.ActAsync(new WorkflowAction(ActionKind.Approve) { WorkItemId = mine.Id, Opinion = "resubmitted" }, ct)).Status;
            }

            document.Status = DocumentStatus.InReview;
            document.UpdatedAt = clock.GetUtcNow();
            await db.SaveChangesAsync(ct);
            await ApplyOutcomeAsync(document, status, me, completion, db, ct);
            return document;
        }, cancellationToken);

        await news.PublishIfRequestedAsync(document, cancellationToken);
        return TypedResults.Ok(await DraftingEndpoints.ViewAsync(document, new ReadAccess(null, null), db, records, cancellationToken));
    }

    private static async Task<Ok<ActedOn>> ActAsync(
        string id,
        ActionInput input,
        [FromServices] DocumentAccess access,
        [FromServices] DocumentsDbContext db,
        [FromServices] IWorkflowRuntime runtime,
        [FromServices] IWorkflowQueries queries,
        [FromServices] IUnitOfWork unitOfWork,
        [FromServices] Completion completion,
        [FromServices] NewsPublisher news,
        CancellationToken cancellationToken)
    {
        var errors = new List<FieldError>();
        if (string.IsNullOrWhiteSpace(input.WorkItemId))
        {
            errors.Add(new FieldError("workItemId", "required", "Required."));
        }

        var kindName = input.Kind?.Replace("_", "", StringComparison.Ordinal) ?? "";
        var kind = ActionKind.Comment;
        if (kindName.Length == 0 || !kindName.All(char.IsAsciiLetter)
            || !Enum.TryParse(kindName, ignoreCase: true, out kind) || kind is ActionKind.Terminate)
        {
            errors.Add(new FieldError("kind", "invalid", "Use a workflow action: approve, reject, transfer, delegate, addSigner, comment, …"));
        }

        if (errors.Count > 0)
        {
            throw PlatformException.Validation(errors);
        }

        var me = access.UserId;
        var (document, outcome) = await unitOfWork.RunAsync(async ct =>
        {
            var document = await db.GetDocumentAsync(id, ct);
            document.RequireNotArchived();
            var item = await queries.WorkItemAsync(input.WorkItemId!, ct);
            if (item is null || document.InstanceId is null || item.InstanceId != document.InstanceId)
            {
                throw PlatformException.NotFound("documents.work_item.not_found", $"Document '{id}' has no work item '{input.WorkItemId}'.");
            }

            var outcome = await runtime.ActAsync(new WorkflowAction(kind)
            {
                WorkItemId = item.Id,
                Opinion = input.Opinion,
                TargetNodeId = input.TargetNodeId,
                MemberIds = input.MemberIds,
                Data = input.Data,
                RecordRevision = input.RecordRevision,
            }, ct);
            await ApplyOutcomeAsync(document, outcome.Status, me, completion, db, ct);
            return (document, outcome);
        }, cancellationToken);

        await news.PublishIfRequestedAsync(document, cancellationToken);
        return TypedResults.Ok(new ActedOn(document.Id, document.Status, outcome.Status.ToString().ToLowerInvariant(), outcome.ActiveNodes, document.Number));
    }

    /// <summary>Moves the document with its instance: approved → numbered and signed; returned; ended.</summary>
    public static async Task ApplyOutcomeAsync(Document document, InstanceStatus status, string actorId, Completion completion, DocumentsDbContext db, CancellationToken cancellationToken)
    {
        switch (status)
        {
            case InstanceStatus.Approved:
                await completion.ApproveAsync(document, actorId, cancellationToken);
                break;
            case InstanceStatus.Returned when document.Status != DocumentStatus.Returned:
                document.Status = DocumentStatus.Returned;
                await db.SaveChangesAsync(cancellationToken);
                break;
            case InstanceStatus.Terminated or InstanceStatus.Cancelled or InstanceStatus.Aborted when document.Status != DocumentStatus.Ended:
                document.Status = DocumentStatus.Ended;
                await db.SaveChangesAsync(cancellationToken);
                break;
        }
    }
}

/// <summary>The answer of <c>POST /documents/{id}/actions</c>.</summary>
internal sealed record ActedOn(string DocumentId, string Status, string InstanceStatus, IReadOnlyList<string> ActiveNodes, string? Number);
