using System.Security.Cryptography;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Platform.Apps.Documents.Attachments;
using Platform.Apps.Documents.Drafting;
using Platform.Apps.Documents.Persistence;
using Platform.Apps.Documents.Types;
using Platform.Contracts.Forms.Records;

namespace Platform.Apps.Documents.Signing;

/// <summary>
/// Builds a document's signed content — metadata, body, form data and the SHA-256 of every current attachment as it is
/// on disk now — signs it with the issuing unit's key on approval, and checks it again on verification.
/// </summary>
internal sealed class ContentSigner(DocumentsDbContext db, IFormRecords records, BlobStore blobs, UnitKeys keys)
{
    /// <summary>Signs the approved document; call inside the approving unit of work.</summary>
    public async Task<DocumentSignature> SignAsync(Document document, DocumentType type, CancellationToken cancellationToken)
    {
        var content = CanonicalContent.Bytes(await ContentAsync(document, type.UnitId, cancellationToken));
        var key = keys.GetOrCreate(type.UnitId);
        var signature = new DocumentSignature
        {
            DocumentId = document.Id,
            UnitId = type.UnitId,
            KeyId = key.KeyId,
            ContentSha256 = Convert.ToHexStringLower(SHA256.HashData(content)),
            Signature = Convert.ToBase64String(key.Sign(content)),
            SignerId = document.ApproverId!,
            SignedAt = document.ApprovedAt!.Value,
        };
        db.Signatures.Add(signature);
        return signature;
    }

    /// <summary>Rebuilds the content from what is stored now and checks the signature with the unit's public key.</summary>
    public async Task<Verification> VerifyAsync(Document document, CancellationToken cancellationToken)
    {
        var signature = await db.Signatures.AsNoTracking().FirstOrDefaultAsync(s => s.DocumentId == document.Id, cancellationToken);
        if (signature is null)
        {
            return new Verification(false, "not_signed", null, null);
        }

        var content = CanonicalContent.Bytes(await ContentAsync(document, signature.UnitId, cancellationToken));
        var key = keys.Find(signature.UnitId);
        if (key is null || key.KeyId != signature.KeyId)
        {
            return new Verification(false, "unknown_key", signature, content);
        }

        bool valid;
        try
        {
            valid = key.Verify(content, Convert.FromBase64String(signature.Signature));
        }
        catch (FormatException)
        {
            valid = false;
        }

        return new Verification(valid, valid ? "valid" : "modified", signature, content);
    }

    /// <summary>The signed content of a document issued by <paramref name="unitId"/>, from what is stored now.</summary>
    private async Task<JsonObject> ContentAsync(Document document, string unitId, CancellationToken cancellationToken)
    {
        var record = await records.FindAsync(document.RecordId, null, cancellationToken);
        var attachments = await db.Attachments.AsNoTracking().Where(a => a.DocumentId == document.Id && a.IsCurrent).ToListAsync(cancellationToken);
        var files = new JsonArray();
        foreach (var attachment in attachments.OrderBy(a => a.FileName, StringComparer.Ordinal))
        {
            files.Add(new JsonObject
            {
                ["fileName"] = attachment.FileName,
                ["version"] = attachment.Version,
                ["size"] = attachment.Size,
                ["sha256"] = await blobs.HashOnDiskAsync(attachment.Sha256, cancellationToken) ?? "missing",
            });
        }

        return new JsonObject
        {
            ["app"] = DocumentsModule.Id,
            ["documentId"] = document.Id,
            ["typeKey"] = document.TypeKey,
            ["unitId"] = unitId,
            ["number"] = document.Number,
            ["title"] = document.Title,
            ["body"] = document.Body,
            ["bodyVersion"] = document.BodyVersion,
            ["drafterId"] = document.DrafterId,
            ["approverId"] = document.ApproverId,
            ["approvedAt"] = document.ApprovedAt is { } at ? CanonicalContent.Moment(at) : null,
            ["formData"] = record?.Data.DeepClone(),
            ["attachments"] = files,
        };
    }
}

/// <summary>The outcome of a verification; <see cref="Content"/> is the canonical content rebuilt from what is stored now.</summary>
internal sealed record Verification(bool Valid, string Result, DocumentSignature? Signature, byte[]? Content);
