namespace Platform.Host.Authentication;

/// <summary>A bearer token for the signed-in member: send it as <c>Authorization: Bearer &lt;accessToken&gt;</c>.</summary>
/// <param name="AccessToken">The token (a JWT).</param>
/// <param name="TokenType">Always <c>Bearer</c>.</param>
/// <param name="ExpiresIn">Seconds until the token expires.</param>
/// <param name="Member">Who signed in.</param>
public sealed record TokenResponse(string AccessToken, string TokenType, int ExpiresIn, TokenMember Member);
