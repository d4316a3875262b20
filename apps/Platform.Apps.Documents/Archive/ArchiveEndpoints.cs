using System.IO.Compression;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Platform.Apps.Documents.Attachments;
using Platform.Apps.Documents.Drafting;
using Platform.Apps.Documents.Persistence;
using Platform.Apps.Documents.Signing;
using Platform.Contracts.Errors;

namespace Platform.Apps.Documents.Archive;

/// <summary>
/// Archive (归档): an approved document is archived by its drafter or an administrator and is read-only from then on;
/// <c>GET /documents?status=archived</c> lists them; <c>GET /documents/{id}/package</c> exports a zip that a third party
/// verifies with the public key alone (docs/documents.md, "Verifying a package").
/// </summary>
internal static class ArchiveEndpoints
{
    private static readonly JsonSerializerOptions Indented = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    public static void MapArchive(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost("/documents/{id}/archive", ArchiveAsync).WithTags("Documents").WithName("Documents_Archive")
            .WithSummary("Archives an approved document; it is read-only afterwards.").ProducesProblem(StatusCodes.Status409Conflict);
        endpoints.MapGet("/documents/{id}/package", PackageAsync).WithTags("Documents").WithName("Documents_Package")
            .WithSummary("Exports a signed document as a verifiable zip package.").ProducesProblem(StatusCodes.Status409Conflict);
    }

    private static async Task<Ok<DocumentView>> ArchiveAsync(
        string id,
        [FromServices] DocumentAccess access,
        [FromServices] DocumentsDbContext db,
        [FromServices] Contracts.Forms.Records.IFormRecords records,
        [FromServices] TimeProvider clock,
        CancellationToken cancellationToken)
    {
        var document = await db.GetDocumentAsync(id, cancellationToken);
        access.RequireDrafterOrAdministrator(document);
        document.RequireNotArchived();
        if (document.Status != DocumentStatus.Approved)
        {
            throw DocumentErrors.WrongState(id, document.Status, "approved");
        }

        document.Status = DocumentStatus.Archived;
        document.ArchivedAt = clock.GetUtcNow();
        document.UpdatedAt = document.ArchivedAt.Value;
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(await DraftingEndpoints.ViewAsync(document, new ReadAccess(null, null), db, records, cancellationToken));
    }

    private static async Task<FileContentHttpResult> PackageAsync(
        string id,
        [FromServices] DocumentAccess access,
        [FromServices] DocumentsDbContext db,
        [FromServices] ContentSigner signer,
        [FromServices] UnitKeys keys,
        [FromServices] BlobStore blobs,
        CancellationToken cancellationToken)
    {
        var document = await db.GetDocumentAsync(id, cancellationToken);
        await access.ReadAsync(document, null, cancellationToken);
        var verification = await signer.VerifyAsync(document, cancellationToken);
        if (verification.Signature is not { } signature || verification.Content is not { } content)
        {
            throw PlatformException.Conflict("documents.document.not_signed", $"Document '{id}' is not signed yet: only approved documents are exported.");
        }

        if (!verification.Valid)
        {
            throw PlatformException.Conflict("documents.document.signature_invalid", $"Document '{id}' no longer matches its signature ({verification.Result}); it is not exported.");
        }

        var attachments = await db.Attachments.AsNoTracking().Where(a => a.DocumentId == id && a.IsCurrent).ToListAsync(cancellationToken);
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            Add(zip, "content.json", content);
            Add(zip, "body.txt", Encoding.UTF8.GetBytes(document.Body));
            Add(zip, "signature.json", JsonSerializer.SerializeToUtf8Bytes(new JsonObject
            {
                ["algorithm"] = "ECDSA P-256 with SHA-256, DER signature (RFC 3279), over the bytes of content.json",
                ["keyId"] = signature.KeyId,
                ["unitId"] = signature.UnitId,
                ["contentSha256"] = signature.ContentSha256,
                ["signature"] = signature.Signature,
                ["signerId"] = signature.SignerId,
                ["signedAt"] = CanonicalContent.Moment(signature.SignedAt),
            }, Indented));
            Add(zip, "public-key.pem", Encoding.ASCII.GetBytes(keys.Find(signature.UnitId)!.PublicKeyPem));
            Add(zip, "metadata.json", JsonSerializer.SerializeToUtf8Bytes(new JsonObject
            {
                ["documentId"] = document.Id,
                ["number"] = document.Number,
                ["title"] = document.Title,
                ["typeKey"] = document.TypeKey,
                ["status"] = document.Status,
                ["drafterId"] = document.DrafterId,
                ["approverId"] = document.ApproverId,
                ["approvedAt"] = document.ApprovedAt,
                ["archivedAt"] = document.ArchivedAt,
                ["attachments"] = new JsonArray(attachments.Select(a => (JsonNode)new JsonObject
                {
                    ["path"] = $"attachments/{a.Sha256}/{a.FileName}", ["fileName"] = a.FileName, ["version"] = a.Version, ["size"] = a.Size, ["sha256"] = a.Sha256,
                }).ToArray()),
            }, Indented));
            foreach (var attachment in attachments)
            {
                var entry = zip.CreateEntry($"attachments/{attachment.Sha256}/{attachment.FileName}", CompressionLevel.Optimal);
                await using var target = await entry.OpenAsync(cancellationToken);
                await using var source = blobs.Open(attachment.Sha256);
                await source.CopyToAsync(target, cancellationToken);
            }

            Add(zip, "README.txt", Encoding.UTF8.GetBytes(Readme));
        }

        return TypedResults.File(buffer.ToArray(), "application/zip", $"{document.Id}.zip");
    }

    private static void Add(ZipArchive zip, string name, byte[] bytes)
    {
        var entry = zip.CreateEntry(name, CompressionLevel.Optimal);
        using var stream = entry.Open();
        stream.Write(bytes);
    }

    private const string Readme = """
        How to verify this package (with the public key only):
        1. The signature: signature.json "signature" (base64) is an ECDSA P-256 / SHA-256 signature, DER-encoded, over the
           exact bytes of content.json, made with the key in public-key.pem. With OpenSSL:
             base64 -d <<< "<signature>" > signature.der
             openssl dgst -sha256 -verify public-key.pem -signature signature.der content.json
           ("Verified OK"). Check that public-key.pem is the issuing unit's key as published by the unit
           (GET /api/documents/units/<unitId>/public-key), e.g. by its SHA-256 (keyId = first 16 hex digits of the
           SHA-256 of the key's DER SubjectPublicKeyInfo).
        2. The files: the SHA-256 of every file under attachments/ must equal the "sha256" listed for it in
           content.json ("attachments"), and body.txt must equal content.json "body".
        content.json is the canonical form that was signed: keys sorted, no whitespace, UTF-8.
        """;
}
