using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using Platform.Core.Packaging;

namespace Platform.Core.Licensing;

/// <summary>
/// A licence file (<c>*.platform-license</c>): the payload (a <see cref="LicenseDocument"/> as UTF-8 JSON, kept as base64 so
/// its exact bytes survive any editor), the id of the issuer's key and the ECDSA P-256 signature over those bytes.
/// </summary>
/// <param name="Payload">The exact signed bytes.</param>
/// <param name="Signature">The issuer's signature over <paramref name="Payload"/>.</param>
public sealed record LicenseFile(byte[] Payload, DetachedSignature Signature)
{
    /// <summary>The licence file extension.</summary>
    public const string Extension = ".platform-license";

    private static readonly JsonSerializerOptions DocumentOptions = new()
    {
        WriteIndented = true,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    };

    /// <summary>Signs a licence document with the issuer's key.</summary>
    /// <param name="document">What the licence grants.</param>
    /// <param name="key">The issuer's private key.</param>
    public static LicenseFile Issue(LicenseDocument document, SigningKey key)
    {
        if (document.Problems() is { Count: > 0 } problems)
        {
            throw new PackagingException($"The licence is incomplete: {string.Join("; ", problems)}.");
        }

        var payload = JsonSerializer.SerializeToUtf8Bytes(document, DocumentOptions);
        return new LicenseFile(payload, key.Sign(payload));
    }

    /// <summary>Reads a licence document (e.g. the options file of <c>platform license issue</c>).</summary>
    /// <param name="json">The document.</param>
    public static LicenseDocument ParseDocument(string json)
    {
        try
        {
            return JsonSerializer.Deserialize<LicenseDocument>(json, DocumentOptions) ?? throw new PackagingException("The licence document is empty.");
        }
        catch (JsonException ex)
        {
            throw new PackagingException($"The licence document is not valid: {ex.Message}");
        }
    }

    /// <summary>Reads a licence file; <see langword="null"/> when the bytes are not one.</summary>
    /// <param name="bytes">The file's content.</param>
    public static LicenseFile? TryParse(ReadOnlySpan<byte> bytes)
    {
        try
        {
            var file = JsonSerializer.Deserialize<FileDocument>(bytes);
            return file is { Payload: { Length: > 0 } payload, KeyId: { Length: > 0 } keyId, Signature: { Length: > 0 } signature }
                ? new LicenseFile(Convert.FromBase64String(payload), new DetachedSignature(keyId, file.Algorithm ?? DetachedSignature.Es256, signature))
                : null;
        }
        catch (Exception ex) when (ex is JsonException or FormatException)
        {
            return null;
        }
    }

    /// <summary>The signed document. Read it only after the signature was checked, or to show what a file claims.</summary>
    public LicenseDocument? Document()
    {
        try
        {
            var document = JsonSerializer.Deserialize<LicenseDocument>(Payload, DocumentOptions);
            return document is not null && document.Problems().Count == 0 ? document : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>The file's bytes: a small JSON document; the payload shown as base64.</summary>
    public byte[] ToBytes() => JsonSerializer.SerializeToUtf8Bytes(
        new FileDocument
        {
            Format = 1,
            Payload = Convert.ToBase64String(Payload),
            KeyId = Signature.KeyId,
            Algorithm = Signature.Algorithm,
            Signature = Signature.Value,
        },
        new JsonSerializerOptions { WriteIndented = true });

    /// <summary>The payload as text, for people to read.</summary>
    public string PayloadText => Encoding.UTF8.GetString(Payload);

    private sealed class FileDocument
    {
        [JsonPropertyName("format")]
        public int Format { get; set; }

        [JsonPropertyName("payload")]
        public string? Payload { get; set; }

        [JsonPropertyName("keyId")]
        public string? KeyId { get; set; }

        [JsonPropertyName("algorithm")]
        public string? Algorithm { get; set; }

        [JsonPropertyName("signature")]
        public string? Signature { get; set; }
    }
}
