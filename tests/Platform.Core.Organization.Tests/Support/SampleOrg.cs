using Platform.Contracts.Organization.Roles;
using Platform.Core.Organization.Persistence;
using Platform.Core.Organization.Persistence.Entities;

namespace Platform.Core.Organization.Tests.Support;

/// <summary>
/// A small organisation written straight into the tables (so these tests do not depend on the importer):
/// <code>
/// unit u1 "Bureau"
///   root "Office"            carol (head post, rank 9)       department_head: carol
///     fin "Finance"          bob (head post, rank 5)          department_head: bob; leader_in_charge: carol
///       acc "Accounts"       alice (clerk, rank 1), erin (rank 5)
///     hr "Human resources"   dave (disabled), bob (concurrent, clerk)
/// unit u2 "Agency"
///   ext "External"           frank
/// group g1: alice, dave          fixed role admin: carol
/// </code>
/// Ids equal codes, to keep assertions readable.
/// </summary>
internal static class SampleOrg
{
    public static Task SeedAsync(OrgHarness harness) => harness.ChangeAsync(Write);

    private static void Write(OrgDbContext db)
    {
        db.Units.AddRange(Unit("u1", "Bureau"), Unit("u2", "Agency"));
        db.Departments.AddRange(
            Department("root", "Office", "u1", null),
            Department("fin", "Finance", "u1", "root"),
            Department("acc", "Accounts", "u1", "fin"),
            Department("hr", "Human resources", "u1", "root"),
            Department("ext", "External", "u2", null));
        db.Posts.AddRange(new PostRow { Id = "clerk", Code = "clerk", Name = "Clerk" }, new PostRow { Id = "head", Code = "head", Name = "Head" });
        db.Levels.AddRange(Level("l1", 1), Level("l5", 5), Level("l9", 9));
        db.Members.AddRange(Member("alice"), Member("bob"), Member("carol"), Member("dave", enabled: false), Member("erin"), Member("frank"));
        db.Positions.AddRange(
            Position("alice", 0, "acc", "clerk", "l1"),
            Position("bob", 0, "fin", "head", "l5"),
            Position("bob", 1, "hr", "clerk", null),
            Position("carol", 0, "root", "head", "l9"),
            Position("dave", 0, "hr", null, null),
            Position("erin", 0, "acc", null, "l5"),
            Position("frank", 0, "ext", null, null));
        db.Roles.AddRange(
            Role(WellKnownRoles.Administrator, RoleKind.Fixed),
            Role(WellKnownRoles.DepartmentHead, RoleKind.Relative),
            Role(WellKnownRoles.LeaderInCharge, RoleKind.Relative));
        db.RoleHolders.AddRange(
            Holder(WellKnownRoles.Administrator, "carol", null),
            Holder(WellKnownRoles.DepartmentHead, "carol", "root"),
            Holder(WellKnownRoles.DepartmentHead, "bob", "fin"),
            Holder(WellKnownRoles.DepartmentHead, "dave", "hr"),
            Holder(WellKnownRoles.LeaderInCharge, "carol", "fin"));
        db.Groups.Add(new GroupRow { Id = "g1", Code = "g1", Name = "Committee" });
        db.GroupMembers.AddRange(new GroupMemberRow { GroupId = "g1", MemberId = "alice" }, new GroupMemberRow { GroupId = "g1", MemberId = "dave" });
    }

    private static UnitRow Unit(string id, string name) => new() { Id = id, Code = id, Name = name, ShortName = name };

    private static DepartmentRow Department(string id, string name, string unit, string? parent) =>
        new() { Id = id, Code = id, Name = name, UnitId = unit, ParentId = parent };

    private static LevelRow Level(string id, int rank) => new() { Id = id, Code = id, Name = $"Level {rank}", Rank = rank };

    private static MemberRow Member(string id, bool enabled = true) =>
        new() { Id = id, Code = id, Login = id, LoginKey = id.ToUpperInvariant(), Name = char.ToUpperInvariant(id[0]) + id[1..], Enabled = enabled };

    private static PositionRow Position(string member, int ordinal, string department, string? post, string? level) =>
        new() { MemberId = member, Ordinal = ordinal, DepartmentId = department, PostId = post, LevelId = level };

    private static RoleRow Role(string code, RoleKind kind) => new() { Id = code, Code = code, Name = code, Kind = kind };

    private static RoleHolderRow Holder(string role, string member, string? department) =>
        new() { RoleId = role, MemberId = member, DepartmentId = department };
}
