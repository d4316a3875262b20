using Platform.Apps.Api;

namespace Platform.Apps.News.Articles;

/// <summary>An article as the API returns it.</summary>
internal sealed record ArticleResponse(
    string Id,
    string Category,
    string Title,
    string Body,
    string Status,
    string AuthorId,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    DateTimeOffset? PublishedAt,
    DateTimeOffset? PublishAt,
    bool Pinned,
    string? ReviewInstanceId,
    string? ReviewNote,
    string? CoverUrl,
    int ReadCount,
    SourceReference? Source)
{
    public static ArticleResponse From(Article article) => new(
        article.Id,
        article.CategoryKey,
        article.Title,
        article.Body,
        article.Status,
        article.AuthorId,
        article.CreatedAt,
        article.UpdatedAt,
        article.PublishedAt,
        article.PublishAt,
        article.Pinned,
        article.ReviewInstanceId,
        article.ReviewNote,
        article.CoverHash is null ? null : $"/api/news/articles/{article.Id}/cover",
        article.ReadCount,
        article is { SourceApp: { } app, SourceId: { } id } ? new SourceReference(app, id) : null);
}
