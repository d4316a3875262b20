using System.Security.Cryptography;

namespace Platform.Core.Packaging;

/// <summary>
/// Public keys a host trusts, by key id: plugin vendors' keys (<c>&lt;data&gt;/trust/plugins/*.pub.pem</c>,
/// <c>Platform:Plugins:TrustedKeys</c>) or licence issuers' keys (<c>&lt;data&gt;/trust/licenses/*.pub.pem</c>,
/// <c>Platform:Licensing:TrustedKeys</c>).
/// </summary>
public sealed class TrustedKeys
{
    private readonly Dictionary<string, byte[]> _keys = new(StringComparer.Ordinal);

    /// <summary>No trusted key.</summary>
    public static TrustedKeys None => new();

    /// <summary>The ids of the trusted keys.</summary>
    public IReadOnlyCollection<string> KeyIds => _keys.Keys;

    /// <summary>Adds a public key.</summary>
    /// <param name="keyId">Its id, as signatures name it.</param>
    /// <param name="publicKeyPem">The public key, PEM.</param>
    public TrustedKeys Add(string keyId, string publicKeyPem)
    {
        Packaging.KeyIds.Check(keyId);
        using var key = ECDsa.Create();
        try
        {
            key.ImportFromPem(publicKeyPem);
        }
        catch (ArgumentException ex)
        {
            throw new PackagingException($"The trusted key '{keyId}' is not a PEM public key: {ex.Message}");
        }

        _keys[keyId] = key.ExportSubjectPublicKeyInfo();
        return this;
    }

    /// <summary>Adds every <c>&lt;keyId&gt;.pub.pem</c> in <paramref name="directory"/> (none when it does not exist).</summary>
    /// <param name="directory">A trust directory.</param>
    public TrustedKeys AddDirectory(string directory)
    {
        if (!Directory.Exists(directory))
        {
            return this;
        }

        foreach (var file in Directory.EnumerateFiles(directory, "*" + SigningKey.PublicSuffix).Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileName(file);
            Add(name[..^SigningKey.PublicSuffix.Length], File.ReadAllText(file));
        }

        return this;
    }

    /// <summary>
    /// Adds keys from configuration values: key id → PEM text, or key id → path of a PEM file.
    /// </summary>
    /// <param name="entries">Key id and value pairs (e.g. the children of <c>Platform:Plugins:TrustedKeys</c>).</param>
    public TrustedKeys AddConfigured(IEnumerable<KeyValuePair<string, string?>> entries)
    {
        foreach (var (keyId, value) in entries)
        {
            if (string.IsNullOrWhiteSpace(value))
            {
                continue;
            }

            Add(keyId, value.Contains("-----BEGIN", StringComparison.Ordinal) ? value : File.ReadAllText(value));
        }

        return this;
    }

    /// <summary>The public key PEM of a trusted key, or <see langword="null"/>.</summary>
    /// <param name="keyId">Key id.</param>
    public string? PemOf(string keyId)
    {
        if (!_keys.TryGetValue(keyId, out var spki))
        {
            return null;
        }

        using var key = ECDsa.Create();
        key.ImportSubjectPublicKeyInfo(spki, out _);
        return key.ExportSubjectPublicKeyInfoPem();
    }

    /// <summary>Checks a signature over <paramref name="data"/>.</summary>
    /// <param name="data">The exact signed bytes.</param>
    /// <param name="signature">The signature and the id of the key that made it.</param>
    public SignatureCheck Verify(ReadOnlySpan<byte> data, DetachedSignature signature)
    {
        if (!_keys.TryGetValue(signature.KeyId, out var spki))
        {
            return SignatureCheck.UntrustedKey;
        }

        if (signature.Algorithm != DetachedSignature.Es256)
        {
            return SignatureCheck.Invalid;
        }

        byte[] value;
        try
        {
            value = Convert.FromBase64String(signature.Value);
        }
        catch (FormatException)
        {
            return SignatureCheck.Invalid;
        }

        using var key = ECDsa.Create();
        key.ImportSubjectPublicKeyInfo(spki, out _);
        return key.VerifyData(data, value, HashAlgorithmName.SHA256, DSASignatureFormat.IeeeP1363FixedFieldConcatenation)
            ? SignatureCheck.Valid
            : SignatureCheck.Invalid;
    }
}

/// <summary>The outcome of checking a signature.</summary>
public enum SignatureCheck
{
    /// <summary>Made by a trusted key over exactly these bytes.</summary>
    Valid,

    /// <summary>Names a key the host does not trust.</summary>
    UntrustedKey,

    /// <summary>Does not match the bytes (they were changed) or was not made by the named key.</summary>
    Invalid,
}
