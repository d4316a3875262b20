using MediatR;
using Microsoft.EntityFrameworkCore;
using Platform.Apps.Api.News;
using Platform.Apps.News.Persistence;
using Platform.Contracts.Errors;

namespace Platform.Apps.News.Articles;

/// <summary>
/// Publishes an article at once (review comes later). A request from News itself (source app <c>news</c>) carries the
/// new article's id as its source id; one from another app gets a fresh id and keeps its source.
/// <see cref="NewsArticlePublished"/> goes out after the kernel's transaction commits.
/// </summary>
internal sealed class PublishNewsArticleHandler(NewsDbContext db, IMediator mediator, TimeProvider clock)
    : IRequestHandler<PublishNewsArticle, PublishedNewsArticle>
{
    public async Task<PublishedNewsArticle> Handle(PublishNewsArticle request, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var own = request.Source.App == NewsModule.Id;
        var id = own ? request.Source.Id : Guid.CreateVersion7(now).ToString();
        if (own && await db.Articles.AnyAsync(a => a.Id == id, cancellationToken))
        {
            throw PlatformException.Conflict("news.article.exists", $"An article with id '{id}' already exists.");
        }

        var article = new Article
        {
            Id = id,
            Title = request.Title.Trim(),
            Body = request.Body,
            Status = ArticleStatus.Published,
            PublishedAt = now,
            SourceApp = own ? null : request.Source.App,
            SourceId = own ? null : request.Source.Id,
        };
        db.Articles.Add(article);
        await db.SaveChangesAsync(cancellationToken);

        await mediator.Publish(new NewsArticlePublished(article.Id, article.Title, article.PublishedAt, own ? null : request.Source), cancellationToken);
        return new PublishedNewsArticle(article.Id, article.Status);
    }
}
