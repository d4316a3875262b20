namespace Platform.Contracts.Organization.Roles;

/// <summary>Answers who holds a role — the question workflow assignee rules ask.</summary>
public interface IRoleResolver
{
    /// <summary>The role with <paramref name="code"/>, or <see langword="null"/>.</summary>
    /// <param name="code">Role code.</param>
    Role? FindRole(string code);

    /// <summary>The role with the id <paramref name="id"/> (as in <see cref="RoleHolder.RoleId"/>), or <see langword="null"/>.</summary>
    /// <param name="id">Role id.</param>
    Role? FindRoleById(string id);

    /// <summary>Enabled holders of a fixed role.</summary>
    /// <param name="roleCode">Role code.</param>
    IReadOnlyList<string> HoldersOf(string roleCode);

    /// <summary>
    /// Enabled holders of a relative role for a department: e.g. <c>department_head</c> of the applicant's department
    /// (<see cref="RelativeTo.Self"/>) or of its parent (<see cref="RelativeTo.Parent"/>). Empty when nobody holds it.
    /// </summary>
    /// <param name="roleCode">Relative role code.</param>
    /// <param name="departmentId">The department to start from.</param>
    /// <param name="relativeTo">Which department to resolve against.</param>
    IReadOnlyList<string> ResolveRelative(string roleCode, string departmentId, RelativeTo relativeTo);

    /// <summary>Every role a member holds (relative roles with their departments).</summary>
    /// <param name="memberId">Member id.</param>
    IReadOnlyList<RoleHolder> RolesOf(string memberId);
}
