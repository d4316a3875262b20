using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using Platform.Contracts.Organization.Model;

namespace Platform.Host.Authentication;

/// <summary>Issues HMAC-SHA256 JWTs: <c>sub</c> = member id, <c>name</c>, <c>login</c>, one <c>role</c> per fixed role code.</summary>
internal sealed class TokenIssuer(TokenKeys keys, IOptions<AuthSettings> options, TimeProvider clock)
{
    private static readonly JsonWebTokenHandler Handler = new() { SetDefaultTimesOnTokenCreation = false };

    public IssuedToken Issue(Member member, IReadOnlyList<string> roles)
    {
        var now = clock.GetUtcNow();
        var lifetime = options.Value.TokenLifetime;
        var claims = new Dictionary<string, object>(StringComparer.Ordinal)
        {
            [AuthClaims.Subject] = member.Id,
            [AuthClaims.Name] = member.Name,
            [AuthClaims.Login] = member.Login,
            [AuthClaims.TokenId] = Guid.NewGuid().ToString("N"),
        };
        if (roles.Count > 0)
        {
            claims[AuthClaims.Role] = roles.ToArray();
        }

        var token = Handler.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = AuthClaims.Issuer,
            Audience = AuthClaims.Audience,
            Claims = claims,
            IssuedAt = now.UtcDateTime,
            NotBefore = now.UtcDateTime,
            Expires = (now + lifetime).UtcDateTime,
            SigningCredentials = new SigningCredentials(keys.Signing, SecurityAlgorithms.HmacSha256),
        });
        return new IssuedToken(token, lifetime);
    }
}
