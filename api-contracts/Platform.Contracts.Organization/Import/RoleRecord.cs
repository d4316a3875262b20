using Platform.Contracts.Organization.Roles;

namespace Platform.Contracts.Organization.Import;

/// <summary>A role and its holders in an <see cref="OrgDocument"/>. The holders listed replace the role's holders.</summary>
public sealed record RoleRecord
{
    /// <summary>Role code (required, unique).</summary>
    public string? Code { get; init; }

    /// <summary>Name (required).</summary>
    public string? Name { get; init; }

    /// <summary>Fixed or relative (default fixed).</summary>
    public RoleKind? Kind { get; init; }

    /// <summary>Who holds it; absent leaves the holders as they are.</summary>
    public IReadOnlyList<RoleHolderRecord>? Holders { get; init; }
}
