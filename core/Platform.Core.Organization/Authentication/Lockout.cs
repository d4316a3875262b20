using Platform.Core.Organization.Persistence.Entities;

namespace Platform.Core.Organization.Authentication;

/// <summary>
/// The lockout rules on a credential: <see cref="OrganizationOptions.MaxFailedSignIns"/> failures in a row lock the
/// login for <see cref="OrganizationOptions.LockoutDuration"/>; the failure that reaches the limit already answers
/// "locked". A successful sign-in (or a new password) clears the count. A limit of 0 or less turns lockout off.
/// </summary>
internal static class Lockout
{
    /// <summary>When the login opens again, or <see langword="null"/> when it is not locked at <paramref name="now"/>.</summary>
    public static DateTimeOffset? LockedUntil(CredentialRow credential, DateTimeOffset now) =>
        credential.LockedUntilUtcTicks is { } ticks && ticks > now.UtcTicks ? new DateTimeOffset(ticks, TimeSpan.Zero) : null;

    /// <summary>Counts a failure; returns the end of the lock when this failure locks the login.</summary>
    public static DateTimeOffset? RecordFailure(CredentialRow credential, DateTimeOffset now, OrganizationOptions options)
    {
        credential.LockedUntilUtcTicks = null;
        credential.FailedAttempts++;
        if (options.MaxFailedSignIns <= 0 || credential.FailedAttempts < options.MaxFailedSignIns)
        {
            return null;
        }

        var until = now + options.LockoutDuration;
        credential.FailedAttempts = 0;
        credential.LockedUntilUtcTicks = until.UtcTicks;
        return until;
    }

    /// <summary>Clears the failure count and an expired lock; returns whether anything changed.</summary>
    public static bool Clear(CredentialRow credential)
    {
        if (credential is { FailedAttempts: 0, LockedUntilUtcTicks: null })
        {
            return false;
        }

        credential.FailedAttempts = 0;
        credential.LockedUntilUtcTicks = null;
        return true;
    }
}
