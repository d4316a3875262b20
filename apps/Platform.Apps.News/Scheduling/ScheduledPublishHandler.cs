using Microsoft.EntityFrameworkCore;
using Platform.Apps.News.Articles;
using Platform.Apps.News.Persistence;
using Platform.Apps.News.Reviewing;
using Platform.Contracts.Scheduling;

namespace Platform.Apps.News.Scheduling;

/// <summary>
/// Publishes a scheduled article when its time comes (job kind <c>news.publish</c>, key = article id). The scheduler
/// runs it once, in one unit of work with the job's claim; an article withdrawn or changed meanwhile is left alone.
/// </summary>
internal sealed class ScheduledPublishHandler(NewsDbContext db, ArticleLifecycle lifecycle) : IScheduledJobHandler
{
    public string Kind => ArticleLifecycle.PublishJobKind;

    public async Task HandleAsync(ScheduledJobContext job, CancellationToken cancellationToken)
    {
        var article = await db.Articles.FirstOrDefaultAsync(a => a.Id == job.Key, cancellationToken);
        if (article is not { Status: ArticleStatus.Scheduled })
        {
            return;
        }

        article.PublishAt = null;
        await lifecycle.PublishNowAsync(article, cancellationToken);
    }
}
