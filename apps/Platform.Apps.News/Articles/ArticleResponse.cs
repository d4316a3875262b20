using Platform.Apps.Api;

namespace Platform.Apps.News.Articles;

/// <summary>An article as the API returns it.</summary>
internal sealed record ArticleResponse(string Id, string Title, string Body, string Status, DateTimeOffset PublishedAt, SourceReference? Source)
{
    public static ArticleResponse From(Article article) => new(
        article.Id,
        article.Title,
        article.Body,
        article.Status,
        article.PublishedAt,
        article is { SourceApp: { } app, SourceId: { } id } ? new SourceReference(app, id) : null);
}
