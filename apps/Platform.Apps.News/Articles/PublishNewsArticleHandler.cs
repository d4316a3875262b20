using MediatR;
using Microsoft.EntityFrameworkCore;
using Platform.Apps.Api.News;
using Platform.Apps.News.Categories;
using Platform.Apps.News.Persistence;
using Platform.Apps.News.Reviewing;
using Platform.Contracts.Errors;
using Platform.Contracts.Identity;
using Platform.Contracts.Scheduling;

namespace Platform.Apps.News.Articles;

/// <summary>
/// An article on behalf of another app, in the requested category (<c>general</c> when none is named), following that
/// category's review rule: with a review process the article is submitted (<c>in_review</c>), without one it is
/// published at once. The request is trusted: the sending app has authorised its own operation, so the current member
/// need not be an editor of the category. The command runs in the caller's unit of work: if the caller fails later,
/// the article and its review instance are rolled back with it; <see cref="NewsArticlePublished"/> goes out after the commit.
/// </summary>
internal sealed class PublishNewsArticleHandler(NewsDbContext db, ArticleLifecycle lifecycle, ICurrentUser user, TimeProvider clock)
    : IRequestHandler<PublishNewsArticle, PublishedNewsArticle>
{
    public async Task<PublishedNewsArticle> Handle(PublishNewsArticle request, CancellationToken cancellationToken)
    {
        var key = string.IsNullOrWhiteSpace(request.Category) ? Category.DefaultKey : request.Category.Trim();
        var category = await db.Categories.AsNoTracking().FirstOrDefaultAsync(c => c.Key == key, cancellationToken)
            ?? throw new PlatformException(
                "news.category_not_found",
                $"News has no category '{key}'.",
                ErrorKind.Validation,
                [new FieldError("category", "news.category_not_found", $"News has no category '{key}'.")]);

        var now = clock.GetUtcNow();
        var article = new Article
        {
            Id = Guid.CreateVersion7(now).ToString(),
            CategoryKey = category.Key,
            Title = request.Title.Trim(),
            Body = request.Body,
            Status = ArticleStatus.Draft,
            AuthorId = user.UserId ?? ScheduledJobContext.SystemUserId,
            CreatedAt = now,
            UpdatedAt = now,
            SourceApp = request.Source.App,
            SourceId = request.Source.Id,
        };
        db.Articles.Add(article);
        await db.SaveChangesAsync(cancellationToken);
        await lifecycle.SubmitAsync(article, category, publishAt: null, cancellationToken);
        return new PublishedNewsArticle(article.Id, article.Status);
    }
}
