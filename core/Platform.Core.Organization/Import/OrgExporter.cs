using Platform.Contracts.Organization.Import;
using Platform.Core.Organization.Persistence;
using Platform.Core.Organization.Persistence.Entities;

namespace Platform.Core.Organization.Import;

/// <summary>
/// The stored organisation as an <see cref="OrgDocument"/>, references as codes, in a stable order: by code, with units
/// and departments by depth first (parents before children). Defaults are left out (a short name equal to the name,
/// sort order 0, <c>enabled: true</c>), so the document imports back unchanged.
/// </summary>
internal static class OrgExporter
{
    public static async Task<OrgDocument> ExportAsync(OrgDbContext db, CancellationToken cancellationToken)
    {
        var org = await ExistingOrg.LoadAsync(db, cancellationToken);
        return new OrgDocument
        {
            Units = ByDepthThenCode(org.Units.Rows, u => u.Id, u => u.ParentId, u => u.Code)
                .Select(u => new UnitRecord { Code = u.Code, Name = u.Name, ShortName = u.ShortName == u.Name ? null : u.ShortName, Parent = org.Units.CodeOf(u.ParentId) })
                .ToList(),
            Departments = ByDepthThenCode(org.Departments.Rows, d => d.Id, d => d.ParentId, d => d.Code)
                .Select(d => new DepartmentRecord
                {
                    Code = d.Code, Name = d.Name, Unit = org.Units.CodeOf(d.UnitId), Parent = org.Departments.CodeOf(d.ParentId), SortOrder = d.SortOrder == 0 ? null : d.SortOrder,
                })
                .ToList(),
            Posts = org.Posts.Rows.OrderBy(p => p.Code, StringComparer.Ordinal).Select(p => new PostRecord { Code = p.Code, Name = p.Name }).ToList(),
            Levels = org.Levels.Rows.OrderBy(l => l.Code, StringComparer.Ordinal).Select(l => new LevelRecord { Code = l.Code, Name = l.Name, Rank = l.Rank }).ToList(),
            Members = org.Members.Rows.OrderBy(m => m.Code, StringComparer.Ordinal).Select(m => Member(org, m)).ToList(),
            Roles = org.Roles.Rows.OrderBy(r => r.Code, StringComparer.Ordinal).Select(r => new RoleRecord
            {
                Code = r.Code,
                Name = r.Name,
                Kind = r.Kind,
                Holders = (org.HoldersByRole.GetValueOrDefault(r.Id) ?? [])
                    .Select(h => new RoleHolderRecord { Member = org.Members.CodeOf(h.MemberId), Department = org.Departments.CodeOf(h.DepartmentId) })
                    .OrderBy(h => h.Member, StringComparer.Ordinal).ThenBy(h => h.Department, StringComparer.Ordinal)
                    .ToList(),
            }).ToList(),
            Groups = org.Groups.Rows.OrderBy(g => g.Code, StringComparer.Ordinal).Select(g => new GroupRecord
            {
                Code = g.Code,
                Name = g.Name,
                Members = (org.GroupMembers.GetValueOrDefault(g.Id) ?? []).Select(org.Members.CodeOf).OfType<string>().Order(StringComparer.Ordinal).ToList(),
            }).ToList(),
        };
    }

    private static MemberRecord Member(ExistingOrg org, MemberRow m)
    {
        var positions = org.Positions.GetValueOrDefault(m.Id) ?? [];
        var primary = positions.FirstOrDefault();
        return new MemberRecord
        {
            Code = m.Code,
            Login = m.Login,
            Name = m.Name,
            Department = org.Departments.CodeOf(primary?.DepartmentId),
            Post = org.Posts.CodeOf(primary?.PostId),
            Level = org.Levels.CodeOf(primary?.LevelId),
            Email = m.Email,
            Mobile = m.Mobile,
            Enabled = m.Enabled ? null : false,
            Concurrent = positions.Count > 1
                ? positions.Skip(1).Select(p => new PositionRecord
                {
                    Department = org.Departments.CodeOf(p.DepartmentId), Post = org.Posts.CodeOf(p.PostId), Level = org.Levels.CodeOf(p.LevelId),
                }).ToList()
                : null,
        };
    }

    private static IEnumerable<T> ByDepthThenCode<T>(IReadOnlyList<T> rows, Func<T, string> id, Func<T, string?> parentId, Func<T, string> code)
    {
        var parents = rows.ToDictionary(id, parentId, StringComparer.Ordinal);
        var depths = new Dictionary<string, int>(StringComparer.Ordinal);
        int Depth(string node)
        {
            if (depths.TryGetValue(node, out var known))
            {
                return known;
            }

            // Walk up (the stored tree has no cycles; the bound guards anyway) and count.
            var depth = 0;
            for (var at = parents.GetValueOrDefault(node); at is not null && depth <= parents.Count; at = parents.GetValueOrDefault(at))
            {
                depth++;
            }

            return depths[node] = depth;
        }

        return rows.OrderBy(r => Depth(id(r))).ThenBy(code, StringComparer.Ordinal);
    }
}
