using System.Collections.Frozen;
using Microsoft.EntityFrameworkCore;
using Platform.Contracts.Organization.Agents;
using Platform.Contracts.Organization.Model;
using Platform.Contracts.Organization.Permissions;
using Platform.Contracts.Organization.Roles;
using Platform.Core.Organization.Persistence;

namespace Platform.Core.Organization.Snapshot;

/// <summary>Reads the organisation tables into an <see cref="OrgSnapshot"/> (or one part of it).</summary>
internal static class SnapshotLoader
{
    public static long Version(OrgDbContext db) => db.State.AsNoTracking().Select(s => s.Version).Single();

    public static OrgModel LoadModel(OrgDbContext db)
    {
        var units = db.Units.AsNoTracking().Select(u => new OrgUnit(u.Id, u.Code, u.Name, u.ShortName, u.ParentId)).ToList();
        var departments = db.Departments.AsNoTracking()
            .Select(d => new Department(d.Id, d.Code, d.Name, d.UnitId, d.ParentId, d.SortOrder)).ToList();
        var posts = db.Posts.AsNoTracking().Select(p => new Post(p.Id, p.Code, p.Name)).ToList();
        var levels = db.Levels.AsNoTracking().Select(l => new JobLevel(l.Id, l.Code, l.Name, l.Rank)).ToList();
        // Sorted in memory: ORDER BY in SQL costs SQLite a lookup per row on this table.
        var positions = db.Positions.AsNoTracking()
            .Select(p => new { p.MemberId, p.Ordinal, Position = new MemberPosition(p.DepartmentId, p.PostId, p.LevelId) })
            .ToList()
            .GroupBy(p => p.MemberId, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.OrderBy(p => p.Ordinal).Select(p => p.Position).ToArray(), StringComparer.Ordinal);
        var members = db.Members.AsNoTracking().ToList()
            .Where(m => positions.ContainsKey(m.Id))
            .Select(m =>
            {
                var own = positions[m.Id];
                return new Member(m.Id, m.Code, m.Login, m.Name, m.Enabled, own[0], own[1..]) { Email = m.Email, Mobile = m.Mobile };
            })
            .ToList();
        var roles = db.Roles.AsNoTracking().Select(r => new Role(r.Id, r.Code, r.Name, r.Kind)).ToList();
        var holders = db.RoleHolders.AsNoTracking().Select(h => new RoleHolder(h.RoleId, h.MemberId, h.DepartmentId)).ToList();
        var groupMembers = db.GroupMembers.AsNoTracking().ToList()
            .GroupBy(g => g.GroupId, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(x => x.MemberId).Order(StringComparer.Ordinal).ToArray(), StringComparer.Ordinal);
        var groups = db.Groups.AsNoTracking().ToList()
            .Select(g => new Group(g.Id, g.Code, g.Name, groupMembers.GetValueOrDefault(g.Id, [])))
            .ToList();

        return Build(units, departments, posts, levels, members, roles, holders, groups);
    }

    public static GrantTable LoadGrants(OrgDbContext db) =>
        new(db.Grants.AsNoTracking().ToList().Select(g =>
            new Grant(g.Id, g.Resource, g.Action, new Principal(g.PrincipalKind, g.PrincipalId, g.MinRank, g.MaxRank), g.Effect)));

    public static AgentTable LoadAgents(OrgDbContext db) =>
        new(db.Agents.AsNoTracking().ToList().Select(a => new AgentAssignment(
            a.Id, a.PrincipalId, a.AgentId, new DateTimeOffset(a.StartUtcTicks, TimeSpan.Zero), new DateTimeOffset(a.EndUtcTicks, TimeSpan.Zero), a.Scope)));

    public static OrgModel Build(
        IReadOnlyCollection<OrgUnit> units,
        IReadOnlyCollection<Department> departments,
        IReadOnlyCollection<Post> posts,
        IReadOnlyCollection<JobLevel> levels,
        IReadOnlyCollection<Member> members,
        IReadOnlyCollection<Role> roles,
        IReadOnlyCollection<RoleHolder> holders,
        IReadOnlyCollection<Group> groups)
    {
        static int Sibling(Department a, Department b) => a.SortOrder != b.SortOrder ? a.SortOrder.CompareTo(b.SortOrder) : string.CompareOrdinal(a.Code, b.Code);

        var memberById = members.ToFrozenDictionary(m => m.Id, StringComparer.Ordinal);
        var byName = members.ToArray();
        Array.Sort(byName, OrgModel.ByName);
        var direct = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var index = 0; index < byName.Length; index++)
        {
            foreach (var departmentId in byName[index].Positions.Select(p => p.DepartmentId).Distinct(StringComparer.Ordinal))
            {
                if (!direct.TryGetValue(departmentId, out var list))
                {
                    direct[departmentId] = list = [];
                }

                list.Add(index);
            }
        }

        return new OrgModel
        {
            Units = units.ToFrozenDictionary(u => u.Id, StringComparer.Ordinal),
            Departments = departments.ToFrozenDictionary(d => d.Id, StringComparer.Ordinal),
            Children = departments.Where(d => d.ParentId is not null)
                .GroupBy(d => d.ParentId!, StringComparer.Ordinal)
                .ToFrozenDictionary(g => g.Key, g => g.Order(Comparer<Department>.Create(Sibling)).ToArray(), StringComparer.Ordinal),
            TopDepartments = departments.Where(d => d.ParentId is null)
                .GroupBy(d => d.UnitId, StringComparer.Ordinal)
                .ToFrozenDictionary(g => g.Key, g => g.Order(Comparer<Department>.Create(Sibling)).ToArray(), StringComparer.Ordinal),
            Posts = posts.ToFrozenDictionary(p => p.Id, StringComparer.Ordinal),
            Levels = levels.ToFrozenDictionary(l => l.Id, StringComparer.Ordinal),
            Members = memberById,
            MembersByName = byName,
            MembersByLogin = members.ToFrozenDictionary(m => m.Login, StringComparer.OrdinalIgnoreCase),
            DirectMembers = direct.ToFrozenDictionary(d => d.Key, d => d.Value.ToArray(), StringComparer.Ordinal),
            Roles = roles.ToFrozenDictionary(r => r.Id, StringComparer.Ordinal),
            RolesByCode = roles.ToFrozenDictionary(r => r.Code, StringComparer.Ordinal),
            RolesOfMember = holders.GroupBy(h => h.MemberId, StringComparer.Ordinal).ToFrozenDictionary(g => g.Key, g => g.ToArray(), StringComparer.Ordinal),
            HoldersOfRole = holders.GroupBy(h => h.RoleId, StringComparer.Ordinal).ToFrozenDictionary(g => g.Key, g => g.ToArray(), StringComparer.Ordinal),
            Groups = groups.ToFrozenDictionary(g => g.Id, StringComparer.Ordinal),
            GroupsOfMember = groups.SelectMany(g => g.MemberIds.Select(m => (Member: m, Group: g)))
                .GroupBy(x => x.Member, StringComparer.Ordinal)
                .ToFrozenDictionary(g => g.Key, g => g.Select(x => x.Group).ToArray(), StringComparer.Ordinal),
        };
    }
}
