using Platform.Contracts.Organization.Import;
using Platform.Contracts.Organization.Roles;

namespace Platform.Core.Workflow.Tests.Support;

/// <summary>
/// A small organisation imported through the organization engine's importer:
/// <code>
/// unit u1 "Bureau" (short "BU")
///   office "Office"          carol (post head)                department_head: carol; admin role: carol
///     fin "Finance"          bob (post head), fiona            department_head: bob
///       acc "Accounts"       alice (clerk), erin
///     hr "Human resources"   harry (post head), henry (clerk)  department_head: harry
///     legal "Legal"          lena (post head), leo             department_head: lena
/// group committee: erin, fiona, leo
/// </code>
/// Members are addressed by login (= code); <see cref="WorkflowHarness.Id"/> gives the engine's member id.
/// </summary>
internal static class SampleOrg
{
    public static OrgDocument Document { get; } = new()
    {
        Units = [new UnitRecord { Code = "u1", Name = "Bureau", ShortName = "BU" }],
        Departments =
        [
            new DepartmentRecord { Code = "office", Name = "Office", Unit = "u1" },
            new DepartmentRecord { Code = "fin", Name = "Finance", Unit = "u1", Parent = "office" },
            new DepartmentRecord { Code = "acc", Name = "Accounts", Unit = "u1", Parent = "fin" },
            new DepartmentRecord { Code = "hr", Name = "Human resources", Unit = "u1", Parent = "office" },
            new DepartmentRecord { Code = "legal", Name = "Legal", Unit = "u1", Parent = "office" },
        ],
        Posts = [new PostRecord { Code = "head", Name = "Head" }, new PostRecord { Code = "clerk", Name = "Clerk" }],
        Members =
        [
            Member("carol", "office", "head"),
            Member("bob", "fin", "head"),
            Member("fiona", "fin", null),
            Member("alice", "acc", "clerk"),
            Member("erin", "acc", null),
            Member("harry", "hr", "head"),
            Member("henry", "hr", "clerk"),
            Member("lena", "legal", "head"),
            Member("leo", "legal", null),
        ],
        Roles =
        [
            new RoleRecord { Code = WellKnownRoles.Administrator, Name = "Administrator", Kind = RoleKind.Fixed, Holders = [new RoleHolderRecord { Member = "carol" }] },
            new RoleRecord
            {
                Code = WellKnownRoles.DepartmentHead,
                Name = "Department head",
                Kind = RoleKind.Relative,
                Holders =
                [
                    new RoleHolderRecord { Member = "carol", Department = "office" },
                    new RoleHolderRecord { Member = "bob", Department = "fin" },
                    new RoleHolderRecord { Member = "harry", Department = "hr" },
                    new RoleHolderRecord { Member = "lena", Department = "legal" },
                ],
            },
        ],
        Groups = [new GroupRecord { Code = "committee", Name = "Committee", Members = ["erin", "fiona", "leo"] }],
    };

    private static MemberRecord Member(string code, string department, string? post) =>
        new() { Code = code, Login = code, Name = char.ToUpperInvariant(code[0]) + code[1..], Department = department, Post = post };
}
