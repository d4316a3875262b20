namespace Platform.Apps.Documents.Drafting;

/// <summary>One version of a document's body; every change keeps the previous text. Stored in <c>documents_body_versions</c>.</summary>
internal sealed class BodyVersion
{
    public required string DocumentId { get; init; }

    public required int Version { get; init; }

    public required string Title { get; init; }

    public required string Body { get; init; }

    public required string AuthorId { get; init; }

    public DateTimeOffset CreatedAt { get; init; }
}
