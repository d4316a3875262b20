using System.Text.Json.Nodes;
using Platform.Apps.Documents.Attachments;

namespace Platform.Apps.Documents.Drafting;

/// <summary>A document as the API returns it: its fields, the form data as the reader may see it, current attachments.</summary>
internal sealed record DocumentView(
    string Id,
    string TypeKey,
    string Title,
    string Body,
    int BodyVersion,
    string Status,
    string DrafterId,
    string RecordId,
    long? RecordRevision,
    JsonObject? Data,
    string? InstanceId,
    string? Number,
    DateTimeOffset? ApprovedAt,
    string? ApproverId,
    bool Signed,
    DateTimeOffset? ArchivedAt,
    string? NewsState,
    string? NewsNote,
    string? NewsArticleId,
    DateTimeOffset? PublishedAsNewsAt,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    IReadOnlyList<AttachmentView> Attachments)
{
    public static DocumentView From(Document d, JsonObject? data, long? recordRevision, bool signed, IReadOnlyList<AttachmentView> attachments) => new(
        d.Id, d.TypeKey, d.Title, d.Body, d.BodyVersion, d.Status, d.DrafterId, d.RecordId, recordRevision, data, d.InstanceId, d.Number,
        d.ApprovedAt, d.ApproverId, signed, d.ArchivedAt, d.NewsState, d.NewsNote, d.NewsArticleId, d.PublishedAsNewsAt, d.CreatedAt, d.UpdatedAt, attachments);

    /// <summary>The list form: no body, data or attachments.</summary>
    public static DocumentView Summary(Document d) => From(d, null, null, d.ApprovedAt is not null, []) with { Body = "" };
}
