using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Platform.Apps.Documents.Drafting;
using Platform.Apps.Documents.Persistence;
using Platform.Contracts.Errors;
using Platform.Contracts.Organization.Directory;

namespace Platform.Apps.Documents.Signing;

/// <summary><c>GET /documents/{id}/verify</c> and the units' public keys.</summary>
internal static class SigningEndpoints
{
    public static void MapSigning(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/documents/{id}/verify", VerifyAsync).WithTags("Documents").WithName("Documents_Verify")
            .WithSummary("Checks the document's electronic signature against its content as stored now.");
        endpoints.MapGet("/units/{unitId}/public-key", PublicKey).WithTags("Documents").WithName("Documents_PublicKey")
            .WithSummary("The unit's signing public key (PEM, SubjectPublicKeyInfo).")
            .ProducesProblem(StatusCodes.Status404NotFound);
    }

    private static async Task<Ok<VerificationView>> VerifyAsync(
        string id,
        [FromServices] DocumentAccess access,
        [FromServices] DocumentsDbContext db,
        [FromServices] ContentSigner signer,
        [FromServices] IMemberDirectory members,
        CancellationToken cancellationToken)
    {
        var document = await db.GetDocumentAsync(id, cancellationToken);
        await access.ReadAsync(document, null, cancellationToken);
        var verification = await signer.VerifyAsync(document, cancellationToken);
        var signature = verification.Signature;
        return TypedResults.Ok(new VerificationView(
            id,
            verification.Valid,
            verification.Result,
            document.Number,
            signature?.SignerId,
            signature is null ? null : members.FindMember(signature.SignerId)?.Name,
            signature?.SignedAt,
            signature?.UnitId,
            signature?.KeyId,
            signature?.ContentSha256,
            verification.Content is null ? null : Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(verification.Content))));
    }

    private static ContentHttpResult PublicKey(string unitId, [FromServices] UnitKeys keys) =>
        TypedResults.Text((keys.Find(unitId) ?? throw PlatformException.NotFound("documents.key.not_found", $"Unit '{unitId}' has not signed anything yet.")).PublicKeyPem, "application/x-pem-file");
}

/// <summary>
/// The answer of <c>GET /documents/{id}/verify</c>: <c>result</c> is <c>valid</c>, <c>modified</c> (the content changed
/// after signing), <c>not_signed</c> or <c>unknown_key</c>; <c>signedSha256</c> is what was signed, <c>currentSha256</c>
/// what the content hashes to now.
/// </summary>
internal sealed record VerificationView(
    string DocumentId,
    bool Valid,
    string Result,
    string? Number,
    string? SignerId,
    string? SignerName,
    DateTimeOffset? SignedAt,
    string? UnitId,
    string? KeyId,
    string? SignedSha256,
    string? CurrentSha256);
