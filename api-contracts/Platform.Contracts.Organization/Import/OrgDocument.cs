namespace Platform.Contracts.Organization.Import;

/// <summary>
/// A whole organisation (or part of one) as one JSON document, keyed by each item's <c>code</c>; references name
/// codes too. The import format and the export format are the same (see docs/org-import.md).
/// </summary>
public sealed record OrgDocument
{
    /// <summary>Units; a unit names its parent unit's code.</summary>
    public IReadOnlyList<UnitRecord>? Units { get; init; }

    /// <summary>Departments; each names its unit's code and its parent department's code.</summary>
    public IReadOnlyList<DepartmentRecord>? Departments { get; init; }

    /// <summary>Posts.</summary>
    public IReadOnlyList<PostRecord>? Posts { get; init; }

    /// <summary>Job levels.</summary>
    public IReadOnlyList<LevelRecord>? Levels { get; init; }

    /// <summary>Members, with their primary and concurrent positions.</summary>
    public IReadOnlyList<MemberRecord>? Members { get; init; }

    /// <summary>Roles and their holders.</summary>
    public IReadOnlyList<RoleRecord>? Roles { get; init; }

    /// <summary>Groups and their members.</summary>
    public IReadOnlyList<GroupRecord>? Groups { get; init; }
}
