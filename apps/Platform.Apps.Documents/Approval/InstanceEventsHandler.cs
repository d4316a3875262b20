using MediatR;
using Microsoft.EntityFrameworkCore;
using Platform.Apps.Documents.Drafting;
using Platform.Apps.Documents.NewsPublishing;
using Platform.Apps.Documents.Persistence;
using Platform.Contracts.Persistence;
using Platform.Contracts.Workflow.Events;
using Platform.Contracts.Workflow.Runtime;

namespace Platform.Apps.Documents.Approval;

/// <summary>
/// The safety net for actions taken through the generic workflow endpoints: when a document's instance completes or is
/// returned, the document follows — numbered and signed on approval (idempotent: nothing happens when the document's
/// own action endpoint already did it), then published as news when its type asks.
/// </summary>
internal sealed class InstanceEventsHandler(
    DocumentsDbContext db,
    IUnitOfWork unitOfWork,
    Completion completion,
    IWorkflowQueries queries,
    NewsPublisher news) : INotificationHandler<InstanceCompleted>, INotificationHandler<InstanceRejected>
{
    public async Task Handle(InstanceCompleted notification, CancellationToken cancellationToken)
    {
        if (!await db.Documents.AnyAsync(d => d.InstanceId == notification.InstanceId, cancellationToken))
        {
            return; // another app's instance
        }

        var document = await unitOfWork.RunAsync(async ct =>
        {
            var document = await db.Documents.FirstAsync(d => d.InstanceId == notification.InstanceId, ct);
            var approver = notification.Outcome == InstanceStatus.Approved && document.Number is null
                ? (await queries.HistoryAsync(notification.InstanceId, ct)).LastOrDefault(h => h.Action == "approved")?.ActorId ?? "system"
                : "system";
            await ApprovalEndpoints.ApplyOutcomeAsync(document, notification.Outcome, approver, completion, db, ct);
            return document;
        }, cancellationToken);

        await news.PublishIfRequestedAsync(document, cancellationToken);
    }

    public async Task Handle(InstanceRejected notification, CancellationToken cancellationToken)
    {
        var document = await db.Documents.FirstOrDefaultAsync(d => d.InstanceId == notification.InstanceId, cancellationToken);
        if (document is null || document.Status != DocumentStatus.InReview)
        {
            return;
        }

        var instance = await queries.InstanceAsync(notification.InstanceId, cancellationToken);
        if (instance?.Status == InstanceStatus.Returned)
        {
            document.Status = DocumentStatus.Returned;
            await db.SaveChangesAsync(cancellationToken);
        }
    }
}
