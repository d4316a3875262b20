using System.Security.Cryptography;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;
using Platform.Host.Hosting;

namespace Platform.Host.Authentication;

/// <summary>
/// The token signing key: <see cref="AuthSettings.SigningKey"/> when configured (clusters: all nodes share it), else a
/// 256-bit random key generated on first start into <c>&lt;data-dir&gt;/keys/token-signing.key</c> (base64, mode 600).
/// Each key has a key id derived from it, so a token names the key that signed it.
/// </summary>
internal sealed class TokenKeys
{
    public const string FileName = "token-signing.key";
    private const int MinimumBytes = 32;

    public TokenKeys(IOptions<AuthSettings> options, HostSettings host, ILogger<TokenKeys> logger)
    {
        var settings = options.Value;
        var current = settings.SigningKey is { Length: > 0 } configured
            ? Decode(configured, $"{AuthSettings.Section}:SigningKey")
            : LoadOrCreate(Path.Combine(host.DataDirectory, "keys", FileName), logger);
        Signing = Key(current);
        Validation = settings.PreviousSigningKey is { Length: > 0 } previous
            ? [Signing, Key(Decode(previous, $"{AuthSettings.Section}:PreviousSigningKey"))]
            : [Signing];
    }

    /// <summary>Signs new tokens.</summary>
    public SymmetricSecurityKey Signing { get; }

    /// <summary>Accepted on incoming tokens: the signing key and, during a rotation, the previous one.</summary>
    public IReadOnlyList<SecurityKey> Validation { get; }

    private static SymmetricSecurityKey Key(byte[] bytes) =>
        new(bytes) { KeyId = Convert.ToHexStringLower(SHA256.HashData(bytes))[..16] };

    private static byte[] Decode(string base64, string source)
    {
        byte[] bytes;
        try
        {
            bytes = Convert.FromBase64String(base64.Trim());
        }
        catch (FormatException ex)
        {
            throw new InvalidOperationException($"{source} is not base64.", ex);
        }

        return bytes.Length >= MinimumBytes
            ? bytes
            : throw new InvalidOperationException($"{source} must hold at least {MinimumBytes} bytes (256 bits); it holds {bytes.Length}.");
    }

    private static byte[] LoadOrCreate(string path, ILogger logger)
    {
        if (!File.Exists(path))
        {
            Create(path);
            logger.LogInformation("Token signing key generated in {KeyFile}", path);
        }

        return Decode(File.ReadAllText(path), path);
    }

    /// <summary>Writes a new key to a private temporary file and moves it into place, so no reader sees a partial file and a concurrent start keeps the first key.</summary>
    private static void Create(string path)
    {
        var directory = Path.GetDirectoryName(path)!;
        if (OperatingSystem.IsWindows())
        {
            Directory.CreateDirectory(directory);
        }
        else
        {
            Directory.CreateDirectory(directory, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }

        var temporary = Path.Combine(directory, $".{FileName}.{Guid.NewGuid():N}");
        var file = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            file.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        using (var writer = new StreamWriter(temporary, file))
        {
            writer.Write(Convert.ToBase64String(RandomNumberGenerator.GetBytes(MinimumBytes)));
        }

        try
        {
            File.Move(temporary, path, overwrite: false);
        }
        catch (IOException) when (File.Exists(path))
        {
            File.Delete(temporary);
        }
    }
}
