namespace Platform.Apps.Documents.Attachments;

/// <summary>An attachment version as the API returns it.</summary>
internal sealed record AttachmentView(string Id, string FileName, int Version, string ContentType, long Size, string Sha256, string UploadedBy, DateTimeOffset UploadedAt, bool IsCurrent)
{
    public static AttachmentView From(Attachment a) => new(a.Id, a.FileName, a.Version, a.ContentType, a.Size, a.Sha256, a.UploadedBy, a.UploadedAt, a.IsCurrent);
}
