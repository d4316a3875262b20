namespace Platform.Apps.Documents.Attachments;

/// <summary>
/// One version of an attached file: the content lives in the blob store under its SHA-256. Uploading a file with a name
/// already attached adds its next version; removing keeps the rows. Stored in <c>documents_attachments</c>.
/// </summary>
internal sealed class Attachment
{
    public required string Id { get; init; }

    public required string DocumentId { get; init; }

    /// <summary>The sanitised file name; with <see cref="Version"/> it identifies the version.</summary>
    public required string FileName { get; init; }

    public required int Version { get; init; }

    public required string ContentType { get; init; }

    public required long Size { get; init; }

    /// <summary>Lower-case hex SHA-256 of the content.</summary>
    public required string Sha256 { get; init; }

    public required string UploadedBy { get; init; }

    public DateTimeOffset UploadedAt { get; init; }

    /// <summary>Whether this is the file's latest version (older versions and removed files are kept but not current).</summary>
    public bool IsCurrent { get; set; }
}
