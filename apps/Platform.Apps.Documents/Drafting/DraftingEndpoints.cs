using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Platform.Apps.Documents.Attachments;
using Platform.Apps.Documents.Persistence;
using Platform.Contracts.Errors;
using Platform.Contracts.Forms.Records;
using Platform.Contracts.Persistence;

namespace Platform.Apps.Documents.Drafting;

/// <summary><c>/documents</c>: draft, change while a draft (or returned), read, list, body versions.</summary>
internal static class DraftingEndpoints
{
    private const string GetDocumentName = "Documents_GetDocument";

    public static void MapDrafting(this IEndpointRouteBuilder endpoints)
    {
        var documents = endpoints.MapGroup("/documents").WithTags("Documents");
        documents.MapGet("", ListAsync).WithName("Documents_ListDocuments")
            .WithSummary("Lists the documents the member drafted or received (administrators: all), newest first; filters: status, typeKey, instanceId.");
        documents.MapGet("/{id}", GetAsync).WithName(GetDocumentName)
            .WithSummary("Gets a document; reviewers see the form fields their node allows (workItemId selects the node).")
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status403Forbidden);
        documents.MapPost("", CreateAsync).WithName("Documents_CreateDocument").WithSummary("Drafts a document on its type's form.")
            .ProducesValidationProblem();
        documents.MapPut("/{id}", UpdateAsync).WithName("Documents_UpdateDocument")
            .WithSummary("Changes a draft (or a returned document): title, body, form data. Every body change keeps a version.")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status409Conflict);
        documents.MapGet("/{id}/versions", VersionsAsync).WithName("Documents_BodyVersions").WithSummary("The body's versions, oldest first.");
    }

    private static async Task<Ok<DocumentView[]>> ListAsync(
        string? status,
        string? typeKey,
        string? instanceId,
        [FromServices] DocumentAccess access,
        [FromServices] DocumentsDbContext db,
        CancellationToken cancellationToken)
    {
        var query = db.Documents.AsNoTracking();
        if (!access.IsAdministrator)
        {
            var me = access.UserId;
            var departments = access.MyDepartments();
            var received = db.Distributions.Where(r => departments.Contains(r.DepartmentId)).Select(r => r.DocumentId);
            query = instanceId is null
                ? query.Where(d => d.DrafterId == me || received.Contains(d.Id))
                : query; // by instance: checked per document below (workflow participants)
        }

        if (status is not null)
        {
            query = query.Where(d => d.Status == status);
        }

        if (typeKey is not null)
        {
            query = query.Where(d => d.TypeKey == typeKey);
        }

        if (instanceId is not null)
        {
            query = query.Where(d => d.InstanceId == instanceId);
        }

        var documents = await query.OrderByDescending(d => d.CreatedAt).Take(500).ToListAsync(cancellationToken);
        if (instanceId is not null && !access.IsAdministrator)
        {
            foreach (var document in documents)
            {
                await access.ReadAsync(document, null, cancellationToken);
            }
        }

        return TypedResults.Ok(documents.Select(DocumentView.Summary).ToArray());
    }

    private static async Task<Ok<DocumentView>> GetAsync(
        string id,
        string? workItemId,
        [FromServices] DocumentAccess access,
        [FromServices] DocumentsDbContext db,
        [FromServices] IFormRecords records,
        CancellationToken cancellationToken)
    {
        var document = await db.GetDocumentAsync(id, cancellationToken);
        var read = await access.ReadAsync(document, workItemId, cancellationToken);
        return TypedResults.Ok(await ViewAsync(document, read, db, records, cancellationToken));
    }

    private static async Task<Created<DocumentView>> CreateAsync(
        DraftInput input,
        HttpContext http,
        [FromServices] DocumentAccess access,
        [FromServices] DocumentsDbContext db,
        [FromServices] IFormRecords records,
        [FromServices] IUnitOfWork unitOfWork,
        [FromServices] LinkGenerator links,
        [FromServices] TimeProvider clock,
        CancellationToken cancellationToken)
    {
        var errors = new List<FieldError>();
        if (string.IsNullOrWhiteSpace(input.TypeKey))
        {
            errors.Add(new FieldError("typeKey", "required", "Required."));
        }

        CheckText(input, errors);
        if (errors.Count > 0)
        {
            throw PlatformException.Validation(errors);
        }

        var type = await db.GetTypeAsync(input.TypeKey!, cancellationToken);
        var drafter = access.UserId;
        var document = await unitOfWork.RunAsync(async ct =>
        {
            var record = await records.CreateAsync(type.FormKey, input.Data ?? [], null, ct);
            var now = clock.GetUtcNow();
            var document = new Document
            {
                Id = Guid.CreateVersion7(now).ToString(),
                TypeKey = type.Key,
                Title = input.Title!.Trim(),
                Body = input.Body!,
                BodyVersion = 1,
                Status = DocumentStatus.Draft,
                DrafterId = drafter,
                RecordId = record.Id,
                CreatedAt = now,
                UpdatedAt = now,
            };
            db.Documents.Add(document);
            db.BodyVersions.Add(new BodyVersion { DocumentId = document.Id, Version = 1, Title = document.Title, Body = document.Body, AuthorId = drafter, CreatedAt = now });
            await db.SaveChangesAsync(ct);
            return document;
        }, cancellationToken);

        var view = await ViewAsync(document, new ReadAccess(null, null), db, records, cancellationToken);
        return TypedResults.Created(links.GetPathByName(http, GetDocumentName, new { id = document.Id }), view);
    }

    private static async Task<Ok<DocumentView>> UpdateAsync(
        string id,
        DraftInput input,
        [FromServices] DocumentAccess access,
        [FromServices] DocumentsDbContext db,
        [FromServices] IFormRecords records,
        [FromServices] IUnitOfWork unitOfWork,
        [FromServices] TimeProvider clock,
        CancellationToken cancellationToken)
    {
        var errors = new List<FieldError>();
        CheckText(input, errors);
        if (input.Data is not null && input.RecordRevision is null)
        {
            errors.Add(new FieldError("recordRevision", "required", "Send the form record revision you changed (recordRevision of the document you read)."));
        }

        if (errors.Count > 0)
        {
            throw PlatformException.Validation(errors);
        }

        var document = await unitOfWork.RunAsync(async ct =>
        {
            var document = await db.GetDocumentAsync(id, ct);
            if (document.DrafterId != access.UserId)
            {
                throw DocumentErrors.Forbidden($"Only the drafter may change document '{id}'.");
            }

            document.RequireEditable();
            if (input.Data is not null)
            {
                await records.UpdateAsync(document.RecordId, input.RecordRevision!.Value, input.Data, null, ct);
            }

            var now = clock.GetUtcNow();
            if (document.Title != input.Title!.Trim() || document.Body != input.Body)
            {
                document.Title = input.Title.Trim();
                document.Body = input.Body!;
                document.BodyVersion++;
                db.BodyVersions.Add(new BodyVersion { DocumentId = id, Version = document.BodyVersion, Title = document.Title, Body = document.Body, AuthorId = access.UserId, CreatedAt = now });
            }

            document.UpdatedAt = now;
            await db.SaveChangesAsync(ct);
            return document;
        }, cancellationToken);

        return TypedResults.Ok(await ViewAsync(document, new ReadAccess(null, null), db, records, cancellationToken));
    }

    private static async Task<Ok<BodyVersion[]>> VersionsAsync(
        string id,
        [FromServices] DocumentAccess access,
        [FromServices] DocumentsDbContext db,
        CancellationToken cancellationToken)
    {
        var document = await db.GetDocumentAsync(id, cancellationToken);
        await access.ReadAsync(document, null, cancellationToken);
        return TypedResults.Ok(await db.BodyVersions.AsNoTracking().Where(v => v.DocumentId == id).OrderBy(v => v.Version).ToArrayAsync(cancellationToken));
    }

    /// <summary>The full view of a document as <paramref name="read"/> allows.</summary>
    public static async Task<DocumentView> ViewAsync(Document document, ReadAccess read, DocumentsDbContext db, IFormRecords records, CancellationToken cancellationToken)
    {
        var record = await records.FindAsync(document.RecordId, read.Profile, cancellationToken);
        var attachments = await db.Attachments.AsNoTracking().Where(a => a.DocumentId == document.Id && a.IsCurrent)
            .OrderBy(a => a.FileName).ToListAsync(cancellationToken);
        var signed = await db.Signatures.AnyAsync(s => s.DocumentId == document.Id, cancellationToken);
        return DocumentView.From(document, record?.Data, record?.Revision, signed, attachments.Select(AttachmentView.From).ToArray());
    }

    private static void CheckText(DraftInput input, List<FieldError> errors)
    {
        if (string.IsNullOrWhiteSpace(input.Title))
        {
            errors.Add(new FieldError("title", "required", "Required."));
        }
        else if (input.Title.Trim().Length > Document.TitleMaxLength)
        {
            errors.Add(new FieldError("title", "too_long", $"At most {Document.TitleMaxLength} characters."));
        }

        if (input.Body is null)
        {
            errors.Add(new FieldError("body", "required", "Required (it may be empty)."));
        }
    }
}
