namespace Platform.Contracts.Organization.Model;

/// <summary>A unit (单位): an organisation of its own — a bureau, a company. Units nest for group organisations.</summary>
/// <param name="Id">Stable id.</param>
/// <param name="Code">External key, unique among units (what imports match on).</param>
/// <param name="Name">Full name.</param>
/// <param name="ShortName">Short name used in document numbers (e.g. <c>X府</c>); the name when not set.</param>
/// <param name="ParentId">The enclosing unit, or <see langword="null"/> for a top-level unit.</param>
public sealed record OrgUnit(string Id, string Code, string Name, string ShortName, string? ParentId);
