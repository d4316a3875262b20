namespace Platform.Contracts.Organization.Permissions;

/// <summary>A principal a grant is made to. Use the factory methods.</summary>
/// <param name="Kind">Kind of principal.</param>
/// <param name="Id">Id of the member, department, post, role, unit or group; <see langword="null"/> for level ranges and everyone.</param>
/// <param name="MinRank">Lowest rank, for <see cref="PrincipalKind.LevelRange"/>.</param>
/// <param name="MaxRank">Highest rank, for <see cref="PrincipalKind.LevelRange"/>.</param>
public sealed record Principal(PrincipalKind Kind, string? Id, int? MinRank = null, int? MaxRank = null)
{
    /// <summary>Every enabled member.</summary>
    public static Principal Everyone { get; } = new(PrincipalKind.Everyone, null);

    /// <summary>One member.</summary>
    /// <param name="memberId">Member id.</param>
    public static Principal Member(string memberId) => new(PrincipalKind.Member, memberId);

    /// <summary>A department, with or without the departments below it.</summary>
    /// <param name="departmentId">Department id.</param>
    /// <param name="includeSubDepartments">Whether members of sub-departments count.</param>
    public static Principal Department(string departmentId, bool includeSubDepartments) =>
        new(includeSubDepartments ? PrincipalKind.DepartmentTree : PrincipalKind.Department, departmentId);

    /// <summary>A post.</summary>
    /// <param name="postId">Post id.</param>
    public static Principal Post(string postId) => new(PrincipalKind.Post, postId);

    /// <summary>A role.</summary>
    /// <param name="roleId">Role id.</param>
    public static Principal Role(string roleId) => new(PrincipalKind.Role, roleId);

    /// <summary>A unit.</summary>
    /// <param name="unitId">Unit id.</param>
    public static Principal Unit(string unitId) => new(PrincipalKind.Unit, unitId);

    /// <summary>A group.</summary>
    /// <param name="groupId">Group id.</param>
    public static Principal Group(string groupId) => new(PrincipalKind.Group, groupId);

    /// <summary>A range of job-level ranks, inclusive.</summary>
    /// <param name="minRank">Lowest rank.</param>
    /// <param name="maxRank">Highest rank.</param>
    public static Principal Levels(int minRank, int maxRank) => new(PrincipalKind.LevelRange, null, minRank, maxRank);

    /// <summary>
    /// The principal as a token (<c>member:ID</c>, <c>dept:ID</c>, <c>dept-tree:ID</c>, <c>post:ID</c>, <c>role:ID</c>,
    /// <c>unit:ID</c>, <c>group:ID</c>, <c>everyone</c>), as stored with indexed documents and returned by
    /// <see cref="IPermissionService.PrincipalTokensOf"/>. Level ranges have no token: <see langword="null"/>.
    /// </summary>
    public string? Token => Kind switch
    {
        PrincipalKind.Member => "member:" + Id,
        PrincipalKind.Department => "dept:" + Id,
        PrincipalKind.DepartmentTree => "dept-tree:" + Id,
        PrincipalKind.Post => "post:" + Id,
        PrincipalKind.Role => "role:" + Id,
        PrincipalKind.Unit => "unit:" + Id,
        PrincipalKind.Group => "group:" + Id,
        PrincipalKind.Everyone => "everyone",
        _ => null,
    };
}
