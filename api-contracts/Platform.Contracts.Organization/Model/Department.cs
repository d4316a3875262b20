namespace Platform.Contracts.Organization.Model;

/// <summary>A department (部门) in a unit's department tree.</summary>
/// <param name="Id">Stable id.</param>
/// <param name="Code">External key, unique among departments.</param>
/// <param name="Name">Name.</param>
/// <param name="UnitId">The unit the department belongs to.</param>
/// <param name="ParentId">The parent department, or <see langword="null"/> at the top of the unit.</param>
/// <param name="SortOrder">Position among its siblings.</param>
public sealed record Department(string Id, string Code, string Name, string UnitId, string? ParentId, int SortOrder);
