namespace Platform.Apps.Documents.Drafting;

/// <summary>A document (公文). Stored in <c>documents_documents</c>.</summary>
internal sealed class Document
{
    public const int TitleMaxLength = 200;

    public required string Id { get; init; }

    public required string TypeKey { get; init; }

    public required string Title { get; set; }

    public required string Body { get; set; }

    /// <summary>The current body version (1 at creation, raised by every change of the body).</summary>
    public int BodyVersion { get; set; }

    /// <summary>One of <see cref="DocumentStatus"/>.</summary>
    public required string Status { get; set; }

    public required string DrafterId { get; init; }

    /// <summary>The form record holding the document's form data.</summary>
    public required string RecordId { get; init; }

    /// <summary>The workflow instance, once submitted.</summary>
    public string? InstanceId { get; set; }

    public DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset UpdatedAt { get; set; }

    /// <summary>The document number (文号), given on approval.</summary>
    public string? Number { get; set; }

    public int? NumberYear { get; set; }

    public long? NumberSequence { get; set; }

    public DateTimeOffset? ApprovedAt { get; set; }

    public string? ApproverId { get; set; }

    public DateTimeOffset? ArchivedAt { get; set; }

    /// <summary>News publication: null (not asked), <c>published</c>, <c>in_review</c>, <c>not_possible</c> or <c>failed</c>.</summary>
    public string? NewsState { get; set; }

    public string? NewsNote { get; set; }

    /// <summary>The News article this document was published as, once News confirmed it.</summary>
    public string? NewsArticleId { get; set; }

    public DateTimeOffset? PublishedAsNewsAt { get; set; }
}

/// <summary>Where a document is in its life.</summary>
internal static class DocumentStatus
{
    public const string Draft = "draft";

    public const string InReview = "in_review";

    /// <summary>Rejected to the drafter: editable, and resubmitted through the workflow.</summary>
    public const string Returned = "returned";

    public const string Approved = "approved";

    /// <summary>The instance ended without approval (terminated, cancelled).</summary>
    public const string Ended = "ended";

    public const string Archived = "archived";
}
