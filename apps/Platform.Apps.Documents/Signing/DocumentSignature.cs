namespace Platform.Apps.Documents.Signing;

/// <summary>The electronic signature given on approval. Stored in <c>documents_signatures</c>.</summary>
internal sealed class DocumentSignature
{
    public required string DocumentId { get; init; }

    public required string UnitId { get; init; }

    /// <summary>Id of the unit key (first 16 hex digits of the SHA-256 of its public key, SubjectPublicKeyInfo DER).</summary>
    public required string KeyId { get; init; }

    /// <summary>Lower-case hex SHA-256 of the canonical content that was signed.</summary>
    public required string ContentSha256 { get; init; }

    /// <summary>Base64 ECDSA P-256 / SHA-256 signature (DER, RFC 3279) over the canonical content.</summary>
    public required string Signature { get; init; }

    public required string SignerId { get; init; }

    public DateTimeOffset SignedAt { get; init; }
}
