using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text.RegularExpressions;

namespace Platform.Apps.Documents.Signing;

/// <summary>
/// One ECDSA P-256 key per organisation unit, made on first use and kept in <c>&lt;module data&gt;/keys/&lt;unit&gt;.key.pem</c>
/// (PKCS#8, readable by the server's account only). The private key never leaves the server; the public key is served.
/// </summary>
internal sealed partial class UnitKeys(DocumentsSettings settings)
{
    private readonly string _directory = Path.Combine(settings.DataDirectory, "keys");
    private readonly ConcurrentDictionary<string, UnitKey> _keys = new(StringComparer.Ordinal);
    private readonly Lock _creating = new();

    /// <summary>The unit's key, created when it has none.</summary>
    public UnitKey GetOrCreate(string unitId) => _keys.GetOrAdd(unitId, id =>
    {
        lock (_creating)
        {
            var path = PathOf(id);
            if (!File.Exists(path))
            {
                Directory.CreateDirectory(_directory);
                using var created = ECDsa.Create(ECCurve.NamedCurves.nistP256);
                var temp = path + ".tmp";
                File.WriteAllText(temp, created.ExportPkcs8PrivateKeyPem());
                if (!OperatingSystem.IsWindows())
                {
                    File.SetUnixFileMode(temp, UnixFileMode.UserRead | UnixFileMode.UserWrite);
                }

                File.Move(temp, path);
            }

            return Load(path);
        }
    });

    /// <summary>The unit's key, or null when it has none yet.</summary>
    public UnitKey? Find(string unitId)
    {
        if (_keys.TryGetValue(unitId, out var key))
        {
            return key;
        }

        var path = PathOf(unitId);
        return File.Exists(path) ? _keys.GetOrAdd(unitId, _ => Load(path)) : null;
    }

    private static UnitKey Load(string path)
    {
        var key = ECDsa.Create();
        key.ImportFromPem(File.ReadAllText(path));
        var spki = key.ExportSubjectPublicKeyInfo();
        return new UnitKey(key, Convert.ToHexStringLower(SHA256.HashData(spki))[..16], key.ExportSubjectPublicKeyInfoPem());
    }

    private string PathOf(string unitId) =>
        Path.Combine(_directory, (SafeName().IsMatch(unitId) ? unitId : Convert.ToHexStringLower(SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(unitId)))) + ".key.pem");

    [GeneratedRegex("^[A-Za-z0-9_-]{1,64}$")]
    private static partial Regex SafeName();
}

/// <summary>A unit's key: the private key (server only), its id, and the public key as PEM. Shared: uses are serialised.</summary>
internal sealed record UnitKey(ECDsa Key, string KeyId, string PublicKeyPem)
{
    private readonly Lock _use = new();

    /// <summary>Signs with ECDSA P-256 over SHA-256; the signature is DER (RFC 3279), as OpenSSL writes and reads it.</summary>
    public byte[] Sign(byte[] content)
    {
        lock (_use)
        {
            return Key.SignData(content, HashAlgorithmName.SHA256, DSASignatureFormat.Rfc3279DerSequence);
        }
    }

    public bool Verify(byte[] content, byte[] signature)
    {
        lock (_use)
        {
            return Key.VerifyData(content, signature, HashAlgorithmName.SHA256, DSASignatureFormat.Rfc3279DerSequence);
        }
    }
}
