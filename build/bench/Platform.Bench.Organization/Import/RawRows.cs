using Platform.Contracts.Organization.Import;
using Platform.Contracts.Organization.Roles;

namespace Platform.Bench.Organization.Import;

/// <summary>
/// The rows an import of a new document writes — units, departments, posts, levels, members, positions, roles, holders,
/// groups, group members — with ids assigned and references resolved up-front, in the document's order (the generator
/// lists parents before children). Built before the raw insert is timed, so the timing is the database work alone.
/// </summary>
internal static class RawRows
{
    public static List<RawTable> From(OrgDocument document)
    {
        var ids = new Dictionary<(char, string), string>();
        string Id(char kind, string? code) => code is null ? null! : ids.TryGetValue((kind, code), out var id) ? id : ids[(kind, code)] = Guid.CreateVersion7().ToString();
        string? Ref(char kind, string? code) => code is null ? null : Id(kind, code);

        var positions = new List<object?[]>();
        foreach (var m in document.Members ?? [])
        {
            positions.Add([Id('m', m.Code), 0, Id('d', m.Department), Ref('p', m.Post), Ref('l', m.Level)]);
            var ordinal = 1;
            foreach (var c in m.Concurrent ?? [])
            {
                positions.Add([Id('m', m.Code), ordinal++, Id('d', c.Department), Ref('p', c.Post), Ref('l', c.Level)]);
            }
        }

        return
        [
            new("units", """INSERT INTO "org_units" ("Id", "Code", "Name", "ShortName", "ParentId") VALUES (@p0, @p1, @p2, @p3, @p4)""",
                (document.Units ?? []).Select(u => new object?[] { Id('u', u.Code), u.Code, u.Name, u.ShortName ?? u.Name, Ref('u', u.Parent) }).ToList()),
            new("departments", """INSERT INTO "org_departments" ("Id", "Code", "Name", "UnitId", "ParentId", "SortOrder") VALUES (@p0, @p1, @p2, @p3, @p4, @p5)""",
                (document.Departments ?? []).Select(d => new object?[] { Id('d', d.Code), d.Code, d.Name, Id('u', d.Unit), Ref('d', d.Parent), d.SortOrder ?? 0 }).ToList()),
            new("posts", """INSERT INTO "org_posts" ("Id", "Code", "Name") VALUES (@p0, @p1, @p2)""",
                (document.Posts ?? []).Select(p => new object?[] { Id('p', p.Code), p.Code, p.Name }).ToList()),
            new("levels", """INSERT INTO "org_levels" ("Id", "Code", "Name", "Rank") VALUES (@p0, @p1, @p2, @p3)""",
                (document.Levels ?? []).Select(l => new object?[] { Id('l', l.Code), l.Code, l.Name, l.Rank }).ToList()),
            new("members", """INSERT INTO "org_members" ("Id", "Code", "Login", "LoginKey", "Name", "Email", "Mobile", "Enabled") VALUES (@p0, @p1, @p2, @p3, @p4, @p5, @p6, @p7)""",
                (document.Members ?? []).Select(m => new object?[] { Id('m', m.Code), m.Code, m.Login, m.Login!.ToUpperInvariant(), m.Name, m.Email, m.Mobile, m.Enabled ?? true }).ToList()),
            new("positions", """INSERT INTO "org_positions" ("MemberId", "Ordinal", "DepartmentId", "PostId", "LevelId") VALUES (@p0, @p1, @p2, @p3, @p4)""", positions),
            new("roles", """INSERT INTO "org_roles" ("Id", "Code", "Name", "Kind") VALUES (@p0, @p1, @p2, @p3)""",
                (document.Roles ?? []).Select(r => new object?[] { Id('r', r.Code), r.Code, r.Name, (r.Kind ?? RoleKind.Fixed).ToString() }).ToList()),
            new("role holders", """INSERT INTO "org_role_holders" ("RoleId", "MemberId", "DepartmentId") VALUES (@p0, @p1, @p2)""",
                (document.Roles ?? []).SelectMany(r => (r.Holders ?? []).Select(h => new object?[] { Id('r', r.Code), Id('m', h.Member), Ref('d', h.Department) })).ToList()),
            new("groups", """INSERT INTO "org_groups" ("Id", "Code", "Name") VALUES (@p0, @p1, @p2)""",
                (document.Groups ?? []).Select(g => new object?[] { Id('g', g.Code), g.Code, g.Name }).ToList()),
            new("group members", """INSERT INTO "org_group_members" ("GroupId", "MemberId") VALUES (@p0, @p1)""",
                (document.Groups ?? []).SelectMany(g => (g.Members ?? []).Select(m => new object?[] { Id('g', g.Code), Id('m', m) })).ToList()),
        ];
    }
}
