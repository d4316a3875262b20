namespace Platform.Apps.Documents.Authoring;

/// <summary>A document (公文). Stored in <c>documents_documents</c>.</summary>
internal sealed class Document
{
    public const int TitleMaxLength = 200;

    public required string Id { get; init; }

    public required string Title { get; set; }

    public required string Body { get; set; }

    /// <summary>One of <see cref="DocumentStatus"/>.</summary>
    public required string Status { get; set; }

    public DateTimeOffset CreatedAt { get; init; }

    /// <summary>The News article this document was published as, once News confirmed it.</summary>
    public string? NewsArticleId { get; set; }

    public DateTimeOffset? PublishedAsNewsAt { get; set; }
}
