namespace Platform.Contracts.Organization.Permissions;

/// <summary>Who a grant is for.</summary>
public enum PrincipalKind
{
    /// <summary>One member.</summary>
    Member,

    /// <summary>Members with a position in the department itself.</summary>
    Department,

    /// <summary>Members with a position in the department or any department below it.</summary>
    DepartmentTree,

    /// <summary>Members holding the post (in any position).</summary>
    Post,

    /// <summary>Members holding the role (a relative role held for any department counts).</summary>
    Role,

    /// <summary>Members with a job level whose rank lies in <c>[MinRank, MaxRank]</c> in any position.</summary>
    LevelRange,

    /// <summary>Members with a position in any department of the unit.</summary>
    Unit,

    /// <summary>Members of the group.</summary>
    Group,

    /// <summary>Every enabled member.</summary>
    Everyone,
}
