namespace Platform.Contracts.Organization.Authentication;

/// <summary>How a sign-in attempt ended.</summary>
public enum SignInOutcome
{
    /// <summary>Login and password match an enabled member.</summary>
    Succeeded,

    /// <summary>Unknown login or wrong password (deliberately not told apart).</summary>
    InvalidCredentials,

    /// <summary>Too many failures: the login is locked until <see cref="SignInResult.LockedUntil"/>.</summary>
    LockedOut,

    /// <summary>The password matches but the member is disabled.</summary>
    Disabled,
}
