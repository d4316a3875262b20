namespace Platform.Apps.News.Articles;

/// <summary>A news article. Stored in <c>news_articles</c>.</summary>
internal sealed class Article
{
    public const int TitleMaxLength = 200;
    public const int BodyMaxLength = 100_000;

    public required string Id { get; init; }

    public required string CategoryKey { get; set; }

    public required string Title { get; set; }

    /// <summary>Plain text or Markdown, stored as written; clients render it as text, never as HTML.</summary>
    public required string Body { get; set; }

    /// <summary>One of <see cref="ArticleStatus"/>.</summary>
    public required string Status { get; set; }

    /// <summary>The member who wrote it (or sent it through another app); <c>system</c> for work done by the platform.</summary>
    public required string AuthorId { get; init; }

    public DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset UpdatedAt { get; set; }

    /// <summary>When it went live (the latest time, after a withdrawal and a new publication).</summary>
    public DateTimeOffset? PublishedAt { get; set; }

    /// <summary>The publish time asked for at submission; <see langword="null"/>: as soon as it may be published.</summary>
    public DateTimeOffset? PublishAt { get; set; }

    public bool Pinned { get; set; }

    public DateTimeOffset? PinnedAt { get; set; }

    /// <summary>The workflow instance reviewing the latest submission.</summary>
    public string? ReviewInstanceId { get; set; }

    /// <summary>Why the latest review returned it to draft (the reviewer's opinion), or ended it.</summary>
    public string? ReviewNote { get; set; }

    /// <summary>SHA-256 (hex) of the cover image, stored under the module's data directory by this name.</summary>
    public string? CoverHash { get; set; }

    public string? CoverContentType { get; set; }

    /// <summary>How many members have read it (one per member, see <see cref="Reading.ArticleRead"/>).</summary>
    public int ReadCount { get; set; }

    /// <summary>Module id of the app the article came from; <see langword="null"/> when written in News.</summary>
    public string? SourceApp { get; init; }

    /// <summary>The item's id in <see cref="SourceApp"/>.</summary>
    public string? SourceId { get; init; }
}
