using Platform.Contracts.Organization.Import;
using Platform.Contracts.Organization.Roles;

namespace Platform.Core.Organization.Tests.Import;

/// <summary>
/// A small, valid organisation document:
/// <code>
/// unit grp "Group"
///   unit u1 "Bureau"           d-root > d-fin > d-acc, d-root > d-hr
/// unit u2 "Agency"             d-ext
/// members m1 (d-root, head, l3), m2 (d-fin, concurrent d-hr), m3 (d-acc), m4 (d-hr, disabled), m5 (d-ext)
/// roles admin (fixed: m1), department_head (relative: m1 for d-root, m2 for d-fin); group g1: m1, m3
/// </code>
/// Items are listed in an order the importer has to sort (children before parents).
/// </summary>
internal static class ImportDocuments
{
    public static OrgDocument Small() => new()
    {
        Units =
        [
            new UnitRecord { Code = "u1", Name = "Bureau", ShortName = "B", Parent = "grp" },
            new UnitRecord { Code = "grp", Name = "Group" },
            new UnitRecord { Code = "u2", Name = "Agency" },
        ],
        Departments =
        [
            new DepartmentRecord { Code = "d-acc", Name = "Accounts", Unit = "u1", Parent = "d-fin" },
            new DepartmentRecord { Code = "d-fin", Name = "Finance", Unit = "u1", Parent = "d-root", SortOrder = 1 },
            new DepartmentRecord { Code = "d-root", Name = "Office", Unit = "u1" },
            new DepartmentRecord { Code = "d-hr", Name = "Human resources", Unit = "u1", Parent = "d-root", SortOrder = 2 },
            new DepartmentRecord { Code = "d-ext", Name = "External", Unit = "u2" },
        ],
        Posts = [new PostRecord { Code = "clerk", Name = "Clerk" }, new PostRecord { Code = "head", Name = "Head" }],
        Levels =
        [
            new LevelRecord { Code = "l1", Name = "Staff", Rank = 1 },
            new LevelRecord { Code = "l2", Name = "Officer", Rank = 2 },
            new LevelRecord { Code = "l3", Name = "Director", Rank = 3 },
        ],
        Members =
        [
            new MemberRecord { Code = "m1", Login = "Ann", Name = "Ann Lee", Department = "d-root", Post = "head", Level = "l3", Email = "ann@example.org" },
            new MemberRecord
            {
                Code = "m2", Login = "bob", Name = "Bob Wu", Department = "d-fin", Post = "head", Level = "l2", Mobile = "13800000002",
                Concurrent = [new PositionRecord { Department = "d-hr", Post = "clerk" }],
            },
            new MemberRecord { Code = "m3", Login = "cai", Name = "Cai Fang", Department = "d-acc", Post = "clerk", Level = "l1" },
            new MemberRecord { Code = "m4", Login = "dan", Name = "Dan Ma", Department = "d-hr", Enabled = false },
            new MemberRecord { Code = "m5", Login = "eve", Name = "Eve Xu", Department = "d-ext" },
        ],
        Roles =
        [
            new RoleRecord { Code = "admin", Name = "Administrator", Kind = RoleKind.Fixed, Holders = [new RoleHolderRecord { Member = "m1" }] },
            new RoleRecord
            {
                Code = "department_head", Name = "Department head", Kind = RoleKind.Relative,
                Holders = [new RoleHolderRecord { Member = "m1", Department = "d-root" }, new RoleHolderRecord { Member = "m2", Department = "d-fin" }],
            },
        ],
        Groups = [new GroupRecord { Code = "g1", Name = "Committee", Members = ["m1", "m3"] }],
    };

    /// <summary>The list with item <paramref name="index"/> replaced.</summary>
    public static List<T> With<T>(this IReadOnlyList<T>? items, int index, Func<T, T> change) =>
        (items ?? []).Select((item, i) => i == index ? change(item) : item).ToList();
}
