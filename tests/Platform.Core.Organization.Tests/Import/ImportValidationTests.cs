using Platform.Contracts.Organization.Import;
using Platform.Contracts.Organization.Roles;
using Platform.Core.Organization.Tests.Support;

namespace Platform.Core.Organization.Tests.Import;

/// <summary>All or nothing: every mistake is reported with its path and a stable code, and nothing is written.</summary>
public sealed class ImportValidationTests
{
    private OrgHarness _org = null!;

    [SetUp]
    public async Task StartAsync()
    {
        _org = await OrgHarness.StartAsync();
        await _org.ImportAsync(ImportDocuments.Small());
    }

    [TearDown]
    public async Task StopAsync() => await _org.DisposeAsync();

    [Test]
    public async Task A_document_with_many_mistakes_reports_every_one_and_writes_nothing()
    {
        var valid = ImportDocuments.Small();
        var broken = valid with
        {
            Units = valid.Units.With(1, u => u with { Name = " " }),
            Departments =
            [
                .. valid.Departments.With(1, d => d with { Name = "Renamed, but must not be saved" }).With(2, d => d with { Parent = "nope" }),
                new DepartmentRecord { Code = "d-x", Name = "Elsewhere", Unit = "u2", Parent = "d-root" },
            ],
            Posts = [.. valid.Posts.With(1, p => p with { Code = "clerk" }), new PostRecord { Code = new string('c', 65), Name = "Long code" }],
            Levels = valid.Levels.With(1, l => l with { Rank = 1 }),
            Members =
            [
                .. valid.Members
                    .With(0, m => m with { Email = "not-an-email" })
                    .With(1, m => m with { Login = "ANN", Level = "l9" })
                    .With(2, m => m with { Concurrent = [new PositionRecord { Department = "ghost" }] })
                    .With(3, m => m with { Name = new string('x', 201), Department = null }),
                null!,
            ],
            Roles = valid.Roles
                .With(0, r => r with { Holders = [new RoleHolderRecord { Member = "m1", Department = "d-root" }] })
                .With(1, r => r with { Holders = [new RoleHolderRecord { Member = "m1" }, new RoleHolderRecord { Member = "who", Department = "d-fin" }] }),
            Groups = valid.Groups.With(0, g => g with { Members = ["m1", "nobody", "m1"] }),
        };
        var before = await _org.TablesAsync();

        var report = await _org.ImportAsync(broken);

        Assert.That(report.Applied, Is.False);
        Assert.That(report.Problems(), Is.EquivalentTo(new[]
        {
            ("units[1].name", "required"),
            ("departments[2].parent", "unknown_reference"),
            ("departments[5].parent", "wrong_unit"),
            ("posts[1].code", "duplicate"),
            ("posts[2].code", "too_long"),
            ("levels[1].rank", "duplicate"),
            ("members[0].email", "format"),
            ("members[1].login", "duplicate"),
            ("members[1].level", "unknown_reference"),
            ("members[2].concurrent[0].department", "unknown_reference"),
            ("members[3].name", "too_long"),
            ("members[3].department", "required"),
            ("members[5]", "required"),
            ("roles[0].holders[0].department", "department_not_allowed"),
            ("roles[1].holders[0].department", "department_required"),
            ("roles[1].holders[1].member", "unknown_reference"),
            ("groups[0].members[1]", "unknown_reference"),
            ("groups[0].members[2]", "duplicate"),
        }));
        Assert.That(report.Errors.Select(e => e.Message), Has.All.Not.Empty);
        Assert.That(await _org.TablesAsync(), Is.EqualTo(before), "no row and no version changed");
        Assert.That(_org.Snapshot.Current.Model.Departments.Values.Single(d => d.Code == "d-fin").Name, Is.EqualTo("Finance"));
    }

    [Test]
    public async Task Items_that_are_null_or_empty_are_reported_field_by_field()
    {
        var report = await _org.ImportAsync(new OrgDocument
        {
            Units = [null!, new UnitRecord()],
            Departments = [new DepartmentRecord()],
            Posts = [new PostRecord { Code = " " }],
            Levels = [new LevelRecord()],
            Members = [new MemberRecord { Concurrent = [null!, new PositionRecord()] }],
            Roles = [new RoleRecord { Holders = [null!, new RoleHolderRecord()] }],
            Groups = [new GroupRecord { Members = [null!] }],
        });

        Assert.That(report.Applied, Is.False);
        Assert.That(report.Problems(), Is.EquivalentTo(new[]
        {
            ("units[0]", "required"), ("units[1].code", "required"), ("units[1].name", "required"),
            ("departments[0].code", "required"), ("departments[0].name", "required"), ("departments[0].unit", "required"),
            ("posts[0].code", "required"), ("posts[0].name", "required"),
            ("levels[0].code", "required"), ("levels[0].name", "required"), ("levels[0].rank", "required"),
            ("members[0].code", "required"), ("members[0].login", "required"), ("members[0].name", "required"), ("members[0].department", "required"),
            ("members[0].concurrent[0]", "required"), ("members[0].concurrent[1].department", "required"),
            ("roles[0].code", "required"), ("roles[0].name", "required"), ("roles[0].holders[0]", "required"), ("roles[0].holders[1].member", "required"),
            ("groups[0].code", "required"), ("groups[0].name", "required"), ("groups[0].members[0]", "required"),
        }));
    }

    [Test]
    public async Task Errors_come_in_document_order()
    {
        var valid = ImportDocuments.Small();

        var report = await _org.ImportAsync(valid with
        {
            Members = valid.Members.With(4, m => m with { Department = "x" }).With(0, m => m with { Department = "y" }),
            Units = valid.Units.With(2, u => u with { Parent = "z" }),
        });

        Assert.That(report.Errors.Select(e => e.Field), Is.EqualTo(new[] { "units[2].parent", "members[0].department", "members[4].department" }));
    }

    [Test]
    public async Task A_cycle_in_departments_is_reported_on_each_department_of_it()
    {
        var valid = ImportDocuments.Small();

        var report = await _org.ImportAsync(new OrgDocument
        {
            Departments = valid.Departments.With(2, d => d with { Parent = "d-acc" }),
        });

        Assert.That(report.Applied, Is.False);
        Assert.That(report.Problems(), Is.EquivalentTo(new[]
        {
            ("departments[0].parent", "cycle"), ("departments[1].parent", "cycle"), ("departments[2].parent", "cycle"),
        }), "d-root > d-acc > d-fin > d-root");
    }

    [Test]
    public async Task A_cycle_through_a_stored_unit_is_found_too()
    {
        var report = await _org.ImportAsync(new OrgDocument { Units = [new UnitRecord { Code = "grp", Name = "Group", Parent = "u1" }] });

        Assert.That(report.Problems(), Is.EqualTo(new[] { ("units[0].parent", "cycle") }), "u1's stored parent is grp");
    }

    [Test]
    public async Task A_login_of_a_stored_member_cannot_be_taken_whatever_its_case()
    {
        var report = await _org.ImportAsync(new OrgDocument
        {
            Members = [new MemberRecord { Code = "m9", Login = "BOB", Name = "Another Bob", Department = "d-ext" }],
        });

        Assert.That(report.Problems(), Is.EqualTo(new[] { ("members[0].login", "duplicate") }));
        Assert.That(report.Errors[0].Message, Does.Contain("m2"));
        Assert.That((await _org.TablesAsync())["members"], Is.EqualTo(5));
    }

    [Test]
    public async Task References_resolve_against_the_database_when_not_in_the_document()
    {
        var report = await _org.ImportAsync(new OrgDocument
        {
            Departments = [new DepartmentRecord { Code = "d-tax", Name = "Tax", Unit = "u1", Parent = "d-fin" }],
            Members = [new MemberRecord { Code = "m9", Login = "gus", Name = "Gus", Department = "d-tax", Post = "clerk", Level = "l1" }],
            Roles = [new RoleRecord { Code = "department_head", Name = "Department head", Holders = [new RoleHolderRecord { Member = "m9", Department = "d-tax" }] }],
        });

        Assert.That(report.Errors, Is.Empty);
        Assert.That(report.Counts["roles"], Is.EqualTo(new ImportCounts(0, 1, 0)), "kind omitted: the stored kind (relative) stays");
    }

    [Test]
    public async Task Changing_a_role_kind_without_listing_its_holders_is_refused()
    {
        var report = await _org.ImportAsync(new OrgDocument { Roles = [new RoleRecord { Code = "admin", Name = "Administrator", Kind = RoleKind.Relative }] });

        Assert.That(report.Problems(), Is.EqualTo(new[] { ("roles[0].holders", "holders_required") }));
    }

    [Test]
    public async Task Moving_a_department_to_another_unit_without_its_stored_sub_departments_is_refused()
    {
        var report = await _org.ImportAsync(new OrgDocument
        {
            Departments = [new DepartmentRecord { Code = "d-fin", Name = "Finance", Unit = "u2" }],
        });

        Assert.That(report.Problems(), Is.EqualTo(new[] { ("departments[0].unit", "wrong_unit") }), "d-acc stays in u1");
    }

    [Test]
    public async Task Duplicate_codes_and_ranks_are_reported_on_the_later_item()
    {
        var report = await _org.ImportAsync(new OrgDocument
        {
            Levels = [new LevelRecord { Code = "l7", Name = "Seven", Rank = 2 }, new LevelRecord { Code = "l7", Name = "Again", Rank = 7 }],
        });

        Assert.That(report.Problems(), Is.EquivalentTo(new[] { ("levels[0].rank", "duplicate"), ("levels[1].code", "duplicate") }), "rank 2 is stored level l2's");
    }
}
