namespace Platform.Host.Authentication;

/// <summary>The claims a token carries (JWT names; inbound claim mapping is off, so they arrive as written).</summary>
internal static class AuthClaims
{
    public const string Subject = "sub";
    public const string Name = "name";
    public const string Login = "login";
    public const string Role = "role";
    public const string TokenId = "jti";
    public const string Issuer = "platform";
    public const string Audience = "platform";
}
