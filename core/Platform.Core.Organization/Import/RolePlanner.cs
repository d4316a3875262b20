using Platform.Core.Organization.Persistence.Entities;

namespace Platform.Core.Organization.Import;

/// <summary>Plans roles and, where the document lists them, their holders: removed holders are deleted, new ones added, the rest kept.</summary>
internal static class RolePlanner
{
    public static void Plan(PlanContext context)
    {
        var (document, index, existing, ids, plan) = context;
        var tally = plan.Tallies["roles"];
        foreach (var (role, code) in PlanContext.Firsts(document.Roles, index.Roles, r => r.Code))
        {
            var stored = existing.Roles.ByCode(code);
            var row = new RoleRow { Id = ids.Role(code), Code = code, Name = role.Name ?? "", Kind = RoleChecks.KindOf(role, stored?.Kind) };
            var rowChanged = stored is not null && (stored.Name != row.Name || stored.Kind != row.Kind);
            var holdersChanged = false;
            if (role.Holders is not null)
            {
                var wanted = role.Holders
                    .Where(h => h is not null)
                    .Select(h => new RoleHolderRow { RoleId = row.Id, MemberId = ids.Member(h!.Member) ?? "", DepartmentId = ids.Department(ImportText.Clean(h.Department)) })
                    .DistinctBy(h => (h.MemberId, h.DepartmentId))
                    .ToList();
                holdersChanged = Replace(existing.HoldersByRole.GetValueOrDefault(row.Id) ?? [], wanted, plan.Holders);
            }

            tally.Count(stored is null, rowChanged || holdersChanged);
            (stored is null ? plan.Roles.Inserts : rowChanged ? plan.Roles.Updates : null)?.Add(row);
        }
    }

    private static bool Replace(List<RoleHolderRow> stored, List<RoleHolderRow> wanted, RowChanges<RoleHolderRow> changes)
    {
        var storedKeys = stored.Select(h => (h.MemberId, h.DepartmentId)).ToHashSet();
        var wantedKeys = wanted.Select(h => (h.MemberId, h.DepartmentId)).ToHashSet();
        var before = changes.Count;
        changes.Deletes.AddRange(stored.Where(h => !wantedKeys.Contains((h.MemberId, h.DepartmentId))));
        changes.Inserts.AddRange(wanted.Where(h => !storedKeys.Contains((h.MemberId, h.DepartmentId))));
        return changes.Count != before;
    }
}
