namespace Platform.Contracts.Organization.Roles;

/// <summary>A member holding a role; for a relative role, for one department.</summary>
/// <param name="RoleId">The role.</param>
/// <param name="MemberId">The member.</param>
/// <param name="DepartmentId">For a relative role, the department it is held for; <see langword="null"/> for a fixed role.</param>
public sealed record RoleHolder(string RoleId, string MemberId, string? DepartmentId);
