namespace Platform.Host.Authentication;

/// <summary>Body of <c>POST /api/auth/password</c>.</summary>
/// <param name="CurrentPassword">The password the member signs in with now.</param>
/// <param name="NewPassword">The new password.</param>
public sealed record ChangePasswordRequest(string? CurrentPassword, string? NewPassword);
