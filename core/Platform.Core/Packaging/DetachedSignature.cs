using System.Text.Json;
using System.Text.Json.Serialization;

namespace Platform.Core.Packaging;

/// <summary>A signature kept apart from what it signs: which key made it, the algorithm, and the signature in base64.</summary>
/// <param name="KeyId">The signing key's id; the verifier looks it up among the keys it trusts.</param>
/// <param name="Algorithm">Always <see cref="Es256"/> (ECDSA P-256 with SHA-256, IEEE P1363 encoding).</param>
/// <param name="Value">The signature, base64.</param>
public sealed record DetachedSignature(
    [property: JsonPropertyName("keyId")] string KeyId,
    [property: JsonPropertyName("algorithm")] string Algorithm,
    [property: JsonPropertyName("signature")] string Value)
{
    /// <summary>ECDSA P-256 with SHA-256.</summary>
    public const string Es256 = "ES256";

    private static readonly JsonSerializerOptions Options = new() { WriteIndented = true };

    /// <summary>The signature as a small JSON document.</summary>
    public byte[] ToJsonBytes() => JsonSerializer.SerializeToUtf8Bytes(this, Options);

    /// <summary>Reads a signature document; <see langword="null"/> when it is not one.</summary>
    /// <param name="json">The document.</param>
    public static DetachedSignature? TryParse(ReadOnlySpan<byte> json)
    {
        try
        {
            var signature = JsonSerializer.Deserialize<DetachedSignature>(json, Options);
            return signature is { KeyId: { Length: > 0 }, Algorithm: { Length: > 0 }, Value: { Length: > 0 } } ? signature : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
