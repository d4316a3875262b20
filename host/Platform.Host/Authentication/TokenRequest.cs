namespace Platform.Host.Authentication;

/// <summary>Body of <c>POST /api/auth/token</c>.</summary>
/// <param name="Login">Login (case-insensitive).</param>
/// <param name="Password">Password.</param>
public sealed record TokenRequest(string? Login, string? Password);
