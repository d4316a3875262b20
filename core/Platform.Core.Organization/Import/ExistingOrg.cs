using Microsoft.EntityFrameworkCore;
using Platform.Core.Organization.Persistence;
using Platform.Core.Organization.Persistence.Entities;

namespace Platform.Core.Organization.Import;

/// <summary>
/// The organisation as stored, read up-front in bulk — one untracked query per table — so the import can compare every
/// item field by field without a query per item.
/// </summary>
internal sealed class ExistingOrg
{
    public required long Version { get; init; }

    public required CodedRows<UnitRow> Units { get; init; }

    public required CodedRows<DepartmentRow> Departments { get; init; }

    public required CodedRows<PostRow> Posts { get; init; }

    public required CodedRows<LevelRow> Levels { get; init; }

    public required CodedRows<MemberRow> Members { get; init; }

    /// <summary>Each member's positions in ordinal order.</summary>
    public required Dictionary<string, List<PositionRow>> Positions { get; init; }

    public required CodedRows<RoleRow> Roles { get; init; }

    public required Dictionary<string, List<RoleHolderRow>> HoldersByRole { get; init; }

    public required CodedRows<GroupRow> Groups { get; init; }

    public required Dictionary<string, HashSet<string>> GroupMembers { get; init; }

    public static async Task<ExistingOrg> LoadAsync(OrgDbContext db, CancellationToken cancellationToken)
    {
        // The version first: if anything changes after this read, the write's version check refuses the import.
        var version = await db.State.AsNoTracking().Select(s => s.Version).SingleAsync(cancellationToken);
        var units = await db.Units.AsNoTracking().ToListAsync(cancellationToken);
        var departments = await db.Departments.AsNoTracking().ToListAsync(cancellationToken);
        var posts = await db.Posts.AsNoTracking().ToListAsync(cancellationToken);
        var levels = await db.Levels.AsNoTracking().ToListAsync(cancellationToken);
        var members = await db.Members.AsNoTracking().ToListAsync(cancellationToken);
        // Unordered: ordering by the key costs SQLite a lookup per row; each member's few positions are sorted in memory.
        var positions = await db.Positions.AsNoTracking().ToListAsync(cancellationToken);
        var roles = await db.Roles.AsNoTracking().ToListAsync(cancellationToken);
        var holders = await db.RoleHolders.AsNoTracking().ToListAsync(cancellationToken);
        var groups = await db.Groups.AsNoTracking().ToListAsync(cancellationToken);
        var groupMembers = await db.GroupMembers.AsNoTracking().ToListAsync(cancellationToken);

        return new ExistingOrg
        {
            Version = version,
            Units = new(units, u => u.Id, u => u.Code),
            Departments = new(departments, d => d.Id, d => d.Code),
            Posts = new(posts, p => p.Id, p => p.Code),
            Levels = new(levels, l => l.Id, l => l.Code),
            Members = new(members, m => m.Id, m => m.Code),
            Positions = GroupBy(positions, p => p.MemberId, (a, b) => a.Ordinal.CompareTo(b.Ordinal)),
            Roles = new(roles, r => r.Id, r => r.Code),
            HoldersByRole = GroupBy(holders, h => h.RoleId, null),
            Groups = new(groups, g => g.Id, g => g.Code),
            GroupMembers = groupMembers.GroupBy(g => g.GroupId, StringComparer.Ordinal)
                .ToDictionary(g => g.Key, g => g.Select(x => x.MemberId).ToHashSet(StringComparer.Ordinal), StringComparer.Ordinal),
        };
    }

    private static Dictionary<string, List<T>> GroupBy<T>(List<T> rows, Func<T, string> key, Comparison<T>? order)
    {
        var result = new Dictionary<string, List<T>>(StringComparer.Ordinal);
        foreach (var row in rows)
        {
            var k = key(row);
            if (!result.TryGetValue(k, out var list))
            {
                result[k] = list = [];
            }

            list.Add(row);
        }

        if (order is not null)
        {
            foreach (var list in result.Values.Where(l => l.Count > 1))
            {
                list.Sort(order);
            }
        }

        return result;
    }
}
