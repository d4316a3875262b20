using MediatR;
using Platform.Apps.Api;
using Platform.Apps.Api.News;
using Platform.Apps.News.Articles;
using Platform.Apps.News.Categories;
using Platform.Apps.News.Persistence;
using Platform.Contracts.Errors;
using Platform.Contracts.Scheduling;
using Platform.Contracts.Workflow.Runtime;

namespace Platform.Apps.News.Reviewing;

/// <summary>
/// Moves articles through their life: submit (into the category's review process, or straight on), publish now or at
/// the requested time (a durable <see cref="IScheduler"/> job), withdraw. Callers run it inside a unit of work, so the
/// article, the workflow instance and the job commit together; <see cref="NewsArticlePublished"/> goes out after the commit.
/// </summary>
internal sealed class ArticleLifecycle(NewsDbContext db, IWorkflowRuntime workflow, IScheduler scheduler, IMediator mediator, TimeProvider clock)
{
    /// <summary>The scheduler job kind that publishes a scheduled article; its key is the article id.</summary>
    public const string PublishJobKind = "news.publish";

    /// <summary>Submits a draft: starts the category's review process, or publishes (or schedules) at once when it has none.</summary>
    public async Task SubmitAsync(Article article, Category category, DateTimeOffset? publishAt, CancellationToken cancellationToken)
    {
        if (!ArticleStatus.IsEditable(article.Status))
        {
            throw new PlatformException("news.article_not_submittable", $"Article '{article.Id}' is {article.Status}; only drafts and withdrawn articles are submitted.", ErrorKind.Rule);
        }

        article.PublishAt = publishAt;
        article.ReviewNote = null;
        article.UpdatedAt = clock.GetUtcNow();
        if (category.ReviewProcessKey is { } processKey)
        {
            await CancelReturnedReviewAsync(article, cancellationToken);
            var instance = await workflow.StartAsync(new StartProcess(processKey, $"News: {article.Title}"), cancellationToken);
            article.ReviewInstanceId = instance.Id;
            article.Status = ArticleStatus.InReview;
            await db.SaveChangesAsync(cancellationToken);
            if (instance.Status == InstanceStatus.Approved)
            {
                // A process without approval nodes completes at start; InstanceCompleted would do the same after the commit.
                await PublishOrScheduleAsync(article, cancellationToken);
            }

            return;
        }

        await PublishOrScheduleAsync(article, cancellationToken);
    }

    /// <summary>Publishes now, or schedules when the requested publish time is still ahead.</summary>
    public async Task PublishOrScheduleAsync(Article article, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        if (article.PublishAt is { } at && at > now)
        {
            article.Status = ArticleStatus.Scheduled;
            article.UpdatedAt = now;
            await scheduler.ScheduleAsync(new ScheduledJob(PublishJobKind, at) { Key = article.Id }, cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            return;
        }

        await PublishNowAsync(article, cancellationToken);
    }

    public async Task PublishNowAsync(Article article, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        article.Status = ArticleStatus.Published;
        article.PublishedAt = now;
        article.UpdatedAt = now;
        await db.SaveChangesAsync(cancellationToken);
        var source = article is { SourceApp: { } app, SourceId: { } id } ? new SourceReference(app, id) : null;
        await mediator.Publish(new NewsArticlePublished(article.Id, article.Title, now, source), cancellationToken);
    }

    /// <summary>Takes a published or scheduled article down (cancelling its publish job); it can be edited and submitted again.</summary>
    public async Task WithdrawAsync(Article article, CancellationToken cancellationToken)
    {
        if (article.Status is not (ArticleStatus.Published or ArticleStatus.Scheduled))
        {
            throw new PlatformException("news.article_not_withdrawable", $"Article '{article.Id}' is {article.Status}; only published and scheduled articles are withdrawn.", ErrorKind.Rule);
        }

        if (article.Status == ArticleStatus.Scheduled)
        {
            await scheduler.CancelAsync(PublishJobKind, article.Id, cancellationToken);
        }

        article.Status = ArticleStatus.Withdrawn;
        article.Pinned = false;
        article.PinnedAt = null;
        article.UpdatedAt = clock.GetUtcNow();
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>A review returned to its start is abandoned (cancelled) when its submitter submits again; a new instance replaces it.</summary>
    private async Task CancelReturnedReviewAsync(Article article, CancellationToken cancellationToken)
    {
        if (article.ReviewInstanceId is not { } previous)
        {
            return;
        }

        try
        {
            await workflow.ActAsync(new WorkflowAction(ActionKind.Cancel) { InstanceId = previous }, cancellationToken);
        }
        catch (PlatformException)
        {
            // Not returned any more, or another editor submits: the old instance stays as it is (it no longer drives the article).
        }
    }
}
