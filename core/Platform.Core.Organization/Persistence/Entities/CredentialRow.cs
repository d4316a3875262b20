namespace Platform.Core.Organization.Persistence.Entities;

/// <summary>A member's password hash and lockout state.</summary>
internal sealed class CredentialRow
{
    public required string MemberId { get; set; }

    public required string PasswordHash { get; set; }

    public int FailedAttempts { get; set; }

    public long? LockedUntilUtcTicks { get; set; }

    public long ChangedUtcTicks { get; set; }

    /// <summary>Optimistic concurrency: concurrent failures must each count.</summary>
    public long Version { get; set; }
}
