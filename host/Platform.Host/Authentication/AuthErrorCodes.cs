namespace Platform.Host.Authentication;

/// <summary>Error codes of sign-in (besides <c>auth.unauthenticated</c> and <c>auth.forbidden</c> in ErrorCodes).</summary>
internal static class AuthErrorCodes
{
    public const string InvalidCredentials = "auth.invalid_credentials";
    public const string LockedOut = "auth.locked_out";
    public const string MemberDisabled = "auth.member_disabled";
    public const string Unavailable = "auth.unavailable";
}
