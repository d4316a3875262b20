namespace Platform.Contracts.Organization.Import;

/// <summary>A holder of a role in an <see cref="OrgDocument"/>.</summary>
public sealed record RoleHolderRecord
{
    /// <summary>Member code (required).</summary>
    public string? Member { get; init; }

    /// <summary>Department code the role is held for (required for a relative role, absent for a fixed one).</summary>
    public string? Department { get; init; }
}
