namespace Platform.Host.Authentication;

/// <summary>The member a token was issued to.</summary>
/// <param name="Id">Member id (the token's <c>sub</c>).</param>
/// <param name="Login">Login.</param>
/// <param name="Name">Display name.</param>
public sealed record TokenMember(string Id, string Login, string Name);
