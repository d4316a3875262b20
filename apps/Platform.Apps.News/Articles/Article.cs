namespace Platform.Apps.News.Articles;

/// <summary>A news article. Stored in <c>news_articles</c>.</summary>
internal sealed class Article
{
    public const int TitleMaxLength = 200;

    public required string Id { get; init; }

    public required string Title { get; set; }

    public required string Body { get; set; }

    /// <summary>One of <see cref="ArticleStatus"/>.</summary>
    public required string Status { get; set; }

    public DateTimeOffset PublishedAt { get; set; }

    /// <summary>Module id of the app the article came from; <see langword="null"/> when written in News.</summary>
    public string? SourceApp { get; init; }

    /// <summary>The item's id in <see cref="SourceApp"/>.</summary>
    public string? SourceId { get; init; }
}
