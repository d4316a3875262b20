using Platform.Contracts.Organization.Roles;
using Platform.Core.Organization.Snapshot;

namespace Platform.Core.Organization.Roles;

/// <summary>
/// Resolves roles from the snapshot. Relative roles: <see cref="RelativeTo.Self"/> asks the department itself,
/// <see cref="RelativeTo.Parent"/> its parent, <see cref="RelativeTo.NearestUp"/> the department and then each ancestor
/// until one has an enabled holder. Disabled members are never returned.
/// </summary>
internal sealed class RoleResolver(OrgSnapshotHolder holder) : IRoleResolver
{
    public Role? FindRole(string code) => holder.Current.Model.RolesByCode.GetValueOrDefault(code);

    public Role? FindRoleById(string id) => holder.Current.Model.Roles.GetValueOrDefault(id);

    public IReadOnlyList<string> HoldersOf(string roleCode)
    {
        var model = holder.Current.Model;
        return model.RolesByCode.TryGetValue(roleCode, out var role)
            ? Enabled(model, model.HoldersOfRole.GetValueOrDefault(role.Id, []).Select(h => h.MemberId))
            : [];
    }

    public IReadOnlyList<string> ResolveRelative(string roleCode, string departmentId, RelativeTo relativeTo)
    {
        var model = holder.Current.Model;
        if (!model.RolesByCode.TryGetValue(roleCode, out var role) || !model.Departments.TryGetValue(departmentId, out var start))
        {
            return [];
        }

        var holders = model.HoldersOfRole.GetValueOrDefault(role.Id, []);
        IReadOnlyList<string> At(string department) =>
            Enabled(model, holders.Where(h => h.DepartmentId == department).Select(h => h.MemberId));

        switch (relativeTo)
        {
            case RelativeTo.Self:
                return At(start.Id);
            case RelativeTo.Parent:
                return start.ParentId is { } parent ? At(parent) : [];
            default:
                foreach (var department in model.AncestorsOf(start.Id).Prepend(start))
                {
                    var found = At(department.Id);
                    if (found.Count > 0)
                    {
                        return found;
                    }
                }

                return [];
        }
    }

    public IReadOnlyList<RoleHolder> RolesOf(string memberId) => holder.Current.Model.RolesOfMember.GetValueOrDefault(memberId, []);

    private static string[] Enabled(OrgModel model, IEnumerable<string> memberIds) =>
        memberIds.Distinct(StringComparer.Ordinal)
            .Where(id => model.Members.TryGetValue(id, out var m) && m.IsEnabled)
            .Order(StringComparer.Ordinal)
            .ToArray();
}
