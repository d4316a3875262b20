using System.Security.Cryptography;

namespace Platform.Core.Packaging;

/// <summary>
/// A vendor's or licence issuer's ECDSA P-256 key pair. The private key signs plugin packages or licences; the public
/// key, given to hosts as <c>&lt;keyId&gt;.pub.pem</c>, verifies them. The key id names the key in every signature, so a
/// host can trust several keys at once and keys can be rotated.
/// </summary>
public sealed class SigningKey : IDisposable
{
    /// <summary>The file name suffix of a private key: <c>&lt;keyId&gt;.private.pem</c>.</summary>
    public const string PrivateSuffix = ".private.pem";

    /// <summary>The file name suffix of a public key: <c>&lt;keyId&gt;.pub.pem</c>.</summary>
    public const string PublicSuffix = ".pub.pem";

    private readonly ECDsa _key;

    private SigningKey(string keyId, ECDsa key)
    {
        KeyId = keyId;
        _key = key;
    }

    /// <summary>The key's name, written into every signature it makes.</summary>
    public string KeyId { get; }

    /// <summary>The private key as PKCS#8 PEM.</summary>
    public string PrivateKeyPem => _key.ExportPkcs8PrivateKeyPem();

    /// <summary>The public key as SubjectPublicKeyInfo PEM.</summary>
    public string PublicKeyPem => _key.ExportSubjectPublicKeyInfoPem();

    /// <summary>Creates a new key pair.</summary>
    /// <param name="keyId">The key's name; by default derived from the public key (<see cref="Fingerprint"/>).</param>
    public static SigningKey Create(string? keyId = null)
    {
        var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var id = keyId ?? Fingerprint(key.ExportSubjectPublicKeyInfo());
        KeyIds.Check(id);
        return new SigningKey(id, key);
    }

    /// <summary>Reads a private key file; the key id is the file name before <see cref="PrivateSuffix"/> unless given.</summary>
    /// <param name="path">The <c>&lt;keyId&gt;.private.pem</c> file.</param>
    /// <param name="keyId">The key id, when the file is not named after it.</param>
    public static SigningKey Load(string path, string? keyId = null)
    {
        var name = Path.GetFileName(path);
        var id = keyId ?? (name.EndsWith(PrivateSuffix, StringComparison.OrdinalIgnoreCase) ? name[..^PrivateSuffix.Length] : null)
            ?? throw new PackagingException($"Cannot tell the key id of {name}: name the file <keyId>{PrivateSuffix} (as `platform keys create` does) or give --key-id.");
        KeyIds.Check(id);
        var key = ECDsa.Create();
        try
        {
            key.ImportFromPem(File.ReadAllText(path));
        }
        catch (ArgumentException ex)
        {
            key.Dispose();
            throw new PackagingException($"{name} is not a PEM private key: {ex.Message}");
        }

        if (key.KeySize != 256)
        {
            key.Dispose();
            throw new PackagingException($"{name} is not an ECDSA P-256 key.");
        }

        return new SigningKey(id, key);
    }

    /// <summary>Writes <c>&lt;keyId&gt;.private.pem</c> (readable by the owner only, where the platform allows) and <c>&lt;keyId&gt;.pub.pem</c>.</summary>
    /// <param name="directory">Where to write; created when missing.</param>
    /// <returns>The private and public key file paths.</returns>
    public (string PrivateKeyFile, string PublicKeyFile) Save(string directory)
    {
        Directory.CreateDirectory(directory);
        var privateFile = Path.Combine(directory, KeyId + PrivateSuffix);
        var publicFile = Path.Combine(directory, KeyId + PublicSuffix);
        if (File.Exists(privateFile) || File.Exists(publicFile))
        {
            throw new PackagingException($"A key named '{KeyId}' already exists in {directory}; choose another --id or directory.");
        }

        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        using (var writer = new StreamWriter(new FileStream(privateFile, options)))
        {
            writer.Write(PrivateKeyPem);
            writer.Write('\n');
        }

        File.WriteAllText(publicFile, PublicKeyPem + "\n");
        return (privateFile, publicFile);
    }

    /// <summary>Signs <paramref name="data"/> (SHA-256, IEEE P1363 signature).</summary>
    /// <param name="data">The exact bytes to sign.</param>
    public DetachedSignature Sign(ReadOnlySpan<byte> data) =>
        new(KeyId, DetachedSignature.Es256, Convert.ToBase64String(_key.SignData(data, HashAlgorithmName.SHA256, DSASignatureFormat.IeeeP1363FixedFieldConcatenation)));

    /// <summary>A short, stable name for a public key: the first 16 hex digits of the SHA-256 of its SubjectPublicKeyInfo.</summary>
    /// <param name="subjectPublicKeyInfo">The public key, DER.</param>
    public static string Fingerprint(ReadOnlySpan<byte> subjectPublicKeyInfo) =>
        Convert.ToHexStringLower(SHA256.HashData(subjectPublicKeyInfo))[..16];

    /// <inheritdoc />
    public void Dispose() => _key.Dispose();
}
