using MediatR;
using Microsoft.EntityFrameworkCore;
using Platform.Apps.News.Articles;
using Platform.Apps.News.Persistence;
using Platform.Contracts.Persistence;
using Platform.Contracts.Workflow.Events;
using Platform.Contracts.Workflow.Runtime;

namespace Platform.Apps.News.Reviewing;

/// <summary>
/// The end of a review: approved → published (or scheduled); terminated, cancelled or aborted → back to draft with a
/// note. Idempotent: only an article still in review on that very instance changes, so a repeated notification does nothing.
/// </summary>
internal sealed class ReviewCompletedHandler(NewsDbContext db, IUnitOfWork unitOfWork, ArticleLifecycle lifecycle, TimeProvider clock)
    : INotificationHandler<InstanceCompleted>
{
    public Task Handle(InstanceCompleted notification, CancellationToken cancellationToken) =>
        unitOfWork.RunAsync(async ct =>
        {
            var article = await db.Articles.FirstOrDefaultAsync(a => a.ReviewInstanceId == notification.InstanceId && a.Status == ArticleStatus.InReview, ct);
            if (article is null)
            {
                return;
            }

            if (notification.Outcome == InstanceStatus.Approved)
            {
                await lifecycle.PublishOrScheduleAsync(article, ct);
                return;
            }

            article.Status = ArticleStatus.Draft;
            article.ReviewNote = $"The review ended: {notification.Outcome.ToString().ToLowerInvariant()}.";
            article.UpdatedAt = clock.GetUtcNow();
            await db.SaveChangesAsync(ct);
        }, cancellationToken);
}

/// <summary>
/// A rejection that returned the review to its start puts the article back to draft, with the reviewer's opinion as its
/// note; a rejection to an earlier approval node keeps it in review. Idempotent like <see cref="ReviewCompletedHandler"/>.
/// </summary>
internal sealed class ReviewRejectedHandler(NewsDbContext db, IUnitOfWork unitOfWork, IWorkflowQueries queries, TimeProvider clock)
    : INotificationHandler<InstanceRejected>
{
    public Task Handle(InstanceRejected notification, CancellationToken cancellationToken) =>
        unitOfWork.RunAsync(async ct =>
        {
            var article = await db.Articles.FirstOrDefaultAsync(a => a.ReviewInstanceId == notification.InstanceId && a.Status == ArticleStatus.InReview, ct);
            if (article is null)
            {
                return;
            }

            var instance = await queries.InstanceAsync(notification.InstanceId, ct);
            if (instance?.Status != InstanceStatus.Returned)
            {
                return;
            }

            article.Status = ArticleStatus.Draft;
            article.ReviewNote = string.IsNullOrWhiteSpace(notification.Opinion) ? "Returned by the reviewer." : notification.Opinion.Trim();
            if (article.ReviewNote.Length > 2000)
            {
                article.ReviewNote = article.ReviewNote[..2000];
            }

            article.UpdatedAt = clock.GetUtcNow();
            await db.SaveChangesAsync(ct);
        }, cancellationToken);
}
