namespace Platform.Host.Authentication;

/// <summary>A signed access token and how long it stays valid.</summary>
internal sealed record IssuedToken(string AccessToken, TimeSpan Lifetime);
