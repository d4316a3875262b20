namespace Platform.Apps.Documents.Authoring;

/// <summary>A document as the API returns it.</summary>
internal sealed record DocumentResponse(
    string Id,
    string Title,
    string Body,
    string Status,
    DateTimeOffset CreatedAt,
    string? NewsArticleId,
    DateTimeOffset? PublishedAsNewsAt)
{
    public static DocumentResponse From(Document document) => new(
        document.Id,
        document.Title,
        document.Body,
        document.Status,
        document.CreatedAt,
        document.NewsArticleId,
        document.PublishedAsNewsAt);
}
