using Platform.Contracts.Organization.Import;
using Platform.Contracts.Organization.Roles;

namespace Platform.Core.Organization.Import;

/// <summary>
/// Rules for <c>roles</c>: code, name, and holders that fit the kind — a relative role is held for a department, a fixed
/// one without. A role without <c>kind</c> keeps its stored kind (new roles are fixed).
/// </summary>
internal static class RoleChecks
{
    public static void Run(ImportCheck check)
    {
        var roles = check.Document.Roles ?? [];
        for (var i = 0; i < roles.Count; i++)
        {
            var path = new ItemPath("roles", i);
            if (roles[i] is not { } role)
            {
                check.MissingItem(path);
                continue;
            }

            check.Text(path, "code", role.Code, ImportLimits.Code, required: true);
            check.UniqueCode(path, role.Code, check.Index.Roles);
            check.Text(path, "name", role.Name, ImportLimits.Name, required: true);
            var stored = check.Existing.Roles.ByCode(ImportText.Clean(role.Code));
            var kind = KindOf(role, stored?.Kind);
            if (role.Holders is null)
            {
                if (stored is not null && stored.Kind != kind && check.Existing.HoldersByRole.GetValueOrDefault(stored.Id) is { Count: > 0 })
                {
                    check.Add(path.At("holders"), ImportErrorCodes.HoldersRequired, $"The role changes from {stored.Kind} to {kind}; list its holders, the stored ones do not fit the new kind.");
                }

                continue;
            }

            Holders(check, path, role.Holders, kind);
        }
    }

    public static RoleKind KindOf(RoleRecord role, RoleKind? stored) => role.Kind ?? stored ?? RoleKind.Fixed;

    private static void Holders(ImportCheck check, ItemPath rolePath, IReadOnlyList<RoleHolderRecord?> holders, RoleKind kind)
    {
        var seen = new Dictionary<(string, string?), int>();
        for (var j = 0; j < holders.Count; j++)
        {
            var path = rolePath.Nested("holders", j);
            if (holders[j] is not { } holder)
            {
                check.MissingItem(path);
                continue;
            }

            var member = check.Required(path, "member", holder.Member) ? check.Member(path, "member", holder.Member) : null;
            var department = ImportText.Clean(holder.Department);
            if (kind == RoleKind.Relative && department is null)
            {
                check.Add(path.At("department"), ImportErrorCodes.DepartmentRequired, "A relative role is held for a department; name it.");
            }
            else if (kind == RoleKind.Fixed && department is not null)
            {
                check.Add(path.At("department"), ImportErrorCodes.DepartmentNotAllowed, "A fixed role is held everywhere; it takes no department.");
            }
            else
            {
                department = check.Department(path, "department", department);
            }

            if (member is not null && !seen.TryAdd((member, department), j))
            {
                check.Add(path.ToString(), ImportErrorCodes.Duplicate, $"The same holder is already listed at {rolePath}.holders[{seen[(member, department)]}].");
            }
        }
    }
}
