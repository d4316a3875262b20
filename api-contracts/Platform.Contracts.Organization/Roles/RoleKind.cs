namespace Platform.Contracts.Organization.Roles;

/// <summary>How a role is held.</summary>
public enum RoleKind
{
    /// <summary>Held by members outright, everywhere (e.g. system administrator).</summary>
    Fixed,

    /// <summary>Held by a member for a department (e.g. department head of Finance); asked for relative to a department.</summary>
    Relative,
}
