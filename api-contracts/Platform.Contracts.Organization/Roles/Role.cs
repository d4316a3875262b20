namespace Platform.Contracts.Organization.Roles;

/// <summary>A role (角色).</summary>
/// <param name="Id">Stable id.</param>
/// <param name="Code">External key, unique among roles; well-known codes are in <see cref="WellKnownRoles"/>.</param>
/// <param name="Name">Name.</param>
/// <param name="Kind">Fixed or relative.</param>
public sealed record Role(string Id, string Code, string Name, RoleKind Kind);
