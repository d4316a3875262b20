namespace Platform.Host.Authentication;

/// <summary>Bearer-token settings (configuration section <c>Platform:Auth</c>).</summary>
internal sealed class AuthSettings
{
    public const string Section = "Platform:Auth";

    /// <summary>
    /// The HMAC-SHA256 signing key, base64 (at least 32 bytes). Every node of a cluster must share it. When empty, the host
    /// generates one on first start and keeps it in <c>&lt;data-dir&gt;/keys/token-signing.key</c>.
    /// </summary>
    public string? SigningKey { get; set; }

    /// <summary>A former signing key, base64, still accepted (never used to sign) while a rotation is under way.</summary>
    public string? PreviousSigningKey { get; set; }

    /// <summary>How long a token is valid (default 8 hours).</summary>
    public TimeSpan TokenLifetime { get; set; } = TimeSpan.FromHours(8);
}
