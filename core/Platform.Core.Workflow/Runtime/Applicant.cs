using System.Text.Json.Nodes;
using Platform.Contracts.Organization.Directory;
using Platform.Contracts.Organization.Roles;

namespace Platform.Core.Workflow.Runtime;

/// <summary>The submitter of an instance and the department they submitted from.</summary>
/// <param name="MemberId">Member id.</param>
/// <param name="DepartmentId">Department (null if the member has none).</param>
internal sealed record Applicant(string MemberId, string? DepartmentId)
{
    /// <summary>
    /// The <c>applicant</c> variable conditions see: <c>id</c>, <c>name</c>, <c>departmentId</c>, <c>unitId</c>,
    /// <c>postId</c>, <c>level</c> (rank, or null) and <c>roles</c> (codes).
    /// </summary>
    public JsonObject Facts(IMemberDirectory members, IOrgStructure structure, IRoleResolver roles)
    {
        var member = members.FindMember(MemberId);
        var position = member?.Positions.FirstOrDefault(p => p.DepartmentId == DepartmentId) ?? member?.Primary;
        var level = position?.LevelId is { } levelId ? structure.FindLevel(levelId)?.Rank : null;
        var roleCodes = new JsonArray();
        foreach (var holder in roles.RolesOf(MemberId))
        {
            var code = roles.FindRoleById(holder.RoleId)?.Code ?? holder.RoleId;
            if (!roleCodes.Any(r => r?.GetValue<string>() == code))
            {
                roleCodes.Add(code);
            }
        }

        return new JsonObject
        {
            ["id"] = MemberId,
            ["name"] = member?.Name,
            ["departmentId"] = DepartmentId,
            ["unitId"] = DepartmentId is null ? null : structure.FindDepartment(DepartmentId)?.UnitId,
            ["postId"] = position?.PostId,
            ["level"] = level,
            ["roles"] = roleCodes,
        };
    }
}
