namespace Platform.Apps.News.Reading;

/// <summary>A read receipt: a member opened a published article. One per member and article. Stored in <c>news_article_reads</c>.</summary>
internal sealed class ArticleRead
{
    public required string ArticleId { get; init; }

    public required string MemberId { get; init; }

    public DateTimeOffset ReadAt { get; init; }
}
