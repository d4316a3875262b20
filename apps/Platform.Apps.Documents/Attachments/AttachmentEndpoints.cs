using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Platform.Apps.Documents.Drafting;
using Platform.Apps.Documents.Persistence;
using Platform.Contracts.Errors;

namespace Platform.Apps.Documents.Attachments;

/// <summary>
/// <c>/documents/{id}/attachments</c>: the drafter uploads (multipart, field <c>file</c>) and removes files while the
/// document is a draft or returned; a name uploaded again becomes that file's next version. Readers list and download.
/// </summary>
internal static class AttachmentEndpoints
{
    public static void MapAttachments(this IEndpointRouteBuilder endpoints)
    {
        var attachments = endpoints.MapGroup("/documents/{id}/attachments").WithTags("Documents");
        attachments.MapPost("", UploadAsync).WithName("Documents_UploadAttachment").DisableAntiforgery()
            .WithSummary("Attaches a file (multipart/form-data, field 'file'); a name already attached gets a new version.")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status409Conflict);
        attachments.MapGet("", ListAsync).WithName("Documents_ListAttachments").WithSummary("Current attachments; all=true lists every version.");
        attachments.MapGet("/{attachmentId}/content", DownloadAsync).WithName("Documents_DownloadAttachment").WithSummary("Downloads an attachment version.");
        attachments.MapDelete("/{attachmentId}", RemoveAsync).WithName("Documents_RemoveAttachment").WithSummary("Removes a file from the document (its versions are kept).");
    }

    private static async Task<Created<AttachmentView>> UploadAsync(
        string id,
        IFormFile? file,
        [FromServices] DocumentAccess access,
        [FromServices] DocumentsDbContext db,
        [FromServices] DocumentsSettings settings,
        [FromServices] BlobStore blobs,
        [FromServices] TimeProvider clock,
        CancellationToken cancellationToken)
    {
        var document = await db.GetDocumentAsync(id, cancellationToken);
        if (document.DrafterId != access.UserId)
        {
            throw DocumentErrors.Forbidden($"Only the drafter may attach files to document '{id}'.");
        }

        document.RequireEditable();
        if (file is null)
        {
            throw Invalid("required", "Send the file as multipart/form-data in the field 'file'.");
        }

        var name = FileNames.Sanitise(file.FileName);
        var extension = Path.GetExtension(name).ToLowerInvariant();
        if (!settings.AllowedExtensions.Contains(extension))
        {
            throw Invalid("type_not_allowed", $"Files of type '{extension}' are not accepted; allowed: {string.Join(", ", settings.AllowedExtensions.Order(StringComparer.Ordinal))}.");
        }

        if (file.Length > settings.MaxAttachmentBytes)
        {
            throw Invalid("too_large", $"The file has {file.Length} bytes; at most {settings.MaxAttachmentBytes} are accepted.");
        }

        (string Sha256, long Size) stored;
        try
        {
            await using var content = file.OpenReadStream();
            stored = await blobs.PutAsync(content, settings.MaxAttachmentBytes, cancellationToken);
        }
        catch (BlobStore.TooLargeException)
        {
            throw Invalid("too_large", $"At most {settings.MaxAttachmentBytes} bytes are accepted.");
        }

        var previous = await db.Attachments.Where(a => a.DocumentId == id && a.FileName == name).ToListAsync(cancellationToken);
        foreach (var old in previous)
        {
            old.IsCurrent = false;
        }

        var now = clock.GetUtcNow();
        var attachment = new Attachment
        {
            Id = Guid.CreateVersion7(now).ToString(),
            DocumentId = id,
            FileName = name,
            Version = previous.Count == 0 ? 1 : previous.Max(a => a.Version) + 1,
            ContentType = string.IsNullOrWhiteSpace(file.ContentType) ? "application/octet-stream" : file.ContentType[..Math.Min(100, file.ContentType.Length)],
            Size = stored.Size,
            Sha256 = stored.Sha256,
            UploadedBy = access.UserId,
            UploadedAt = now,
            IsCurrent = true,
        };
        db.Attachments.Add(attachment);
        document.UpdatedAt = now;
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created($"attachments/{attachment.Id}/content", AttachmentView.From(attachment));
    }

    private static async Task<Ok<AttachmentView[]>> ListAsync(
        string id,
        bool? all,
        [FromServices] DocumentAccess access,
        [FromServices] DocumentsDbContext db,
        CancellationToken cancellationToken)
    {
        var document = await db.GetDocumentAsync(id, cancellationToken);
        await access.ReadAsync(document, null, cancellationToken);
        var query = db.Attachments.AsNoTracking().Where(a => a.DocumentId == id);
        if (all != true)
        {
            query = query.Where(a => a.IsCurrent);
        }

        var rows = await query.OrderBy(a => a.FileName).ThenBy(a => a.Version).ToListAsync(cancellationToken);
        return TypedResults.Ok(rows.Select(AttachmentView.From).ToArray());
    }

    private static async Task<FileStreamHttpResult> DownloadAsync(
        string id,
        string attachmentId,
        [FromServices] DocumentAccess access,
        [FromServices] DocumentsDbContext db,
        [FromServices] BlobStore blobs,
        CancellationToken cancellationToken)
    {
        var document = await db.GetDocumentAsync(id, cancellationToken);
        await access.ReadAsync(document, null, cancellationToken);
        var attachment = await db.Attachments.AsNoTracking().FirstOrDefaultAsync(a => a.Id == attachmentId && a.DocumentId == id, cancellationToken)
            ?? throw PlatformException.NotFound("documents.attachment.not_found", $"Document '{id}' has no attachment '{attachmentId}'.");
        return TypedResults.File(blobs.Open(attachment.Sha256), attachment.ContentType, attachment.FileName);
    }

    private static async Task<NoContent> RemoveAsync(
        string id,
        string attachmentId,
        [FromServices] DocumentAccess access,
        [FromServices] DocumentsDbContext db,
        CancellationToken cancellationToken)
    {
        var document = await db.GetDocumentAsync(id, cancellationToken);
        if (document.DrafterId != access.UserId)
        {
            throw DocumentErrors.Forbidden($"Only the drafter may remove attachments of document '{id}'.");
        }

        document.RequireEditable();
        var attachment = await db.Attachments.FirstOrDefaultAsync(a => a.Id == attachmentId && a.DocumentId == id, cancellationToken)
            ?? throw PlatformException.NotFound("documents.attachment.not_found", $"Document '{id}' has no attachment '{attachmentId}'.");
        attachment.IsCurrent = false;
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.NoContent();
    }

    private static PlatformException Invalid(string code, string message) =>
        PlatformException.Validation([new FieldError("file", code, message)]);
}
