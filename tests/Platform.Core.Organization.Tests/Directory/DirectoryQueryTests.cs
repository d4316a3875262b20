using Platform.Contracts.Organization.Directory;
using Platform.Contracts.Paging;
using Platform.Core.Organization.Tests.Support;

namespace Platform.Core.Organization.Tests.Directory;

public sealed class DirectoryQueryTests
{
    private OrgHarness _org = null!;

    [OneTimeSetUp]
    public async Task StartAsync()
    {
        _org = await OrgHarness.StartAsync();
        await SampleOrg.SeedAsync(_org);
    }

    [OneTimeTearDown]
    public async Task StopAsync() => await _org.DisposeAsync();

    private IOrgStructure Structure => _org.Get<IOrgStructure>();

    private IMemberDirectory Members => _org.Get<IMemberDirectory>();

    [Test]
    public void Ancestors_come_nearest_first() =>
        Assert.That(Structure.AncestorsOf("acc").Select(d => d.Id), Is.EqualTo(new[] { "fin", "root" }));

    [Test]
    public void Subtree_lists_parents_before_children_in_sort_order() =>
        Assert.That(Structure.SubtreeOf("root").Select(d => d.Id), Is.EqualTo(new[] { "root", "fin", "acc", "hr" }));

    [Test]
    public void Top_departments_belong_to_their_unit() =>
        Assert.That(Structure.TopDepartmentsOf("u2").Select(d => d.Id), Is.EqualTo(new[] { "ext" }));

    [Test]
    public void Members_of_a_department_alone_or_with_its_sub_departments()
    {
        Assert.That(Members.MembersOf("fin", includeSubDepartments: false).Select(m => m.Id), Is.EqualTo(new[] { "bob" }));
        Assert.That(Members.MembersOf("fin", includeSubDepartments: true).Select(m => m.Id), Is.EqualTo(new[] { "alice", "bob", "erin" }), "ordered by name, each once");
        Assert.That(Members.MembersOf("root", includeSubDepartments: true).Select(m => m.Id), Is.EqualTo(new[] { "alice", "bob", "carol", "erin" }));
    }

    [Test]
    public void Concurrent_posts_count_and_disabled_members_only_on_request()
    {
        Assert.That(Members.MembersOf("hr", includeSubDepartments: false).Select(m => m.Id), Is.EqualTo(new[] { "bob" }), "bob holds a concurrent post in HR; dave is disabled");
        Assert.That(Members.MembersOf("hr", includeSubDepartments: false, includeDisabled: true).Select(m => m.Id), Is.EqualTo(new[] { "bob", "dave" }));
    }

    [Test]
    public void A_member_has_a_primary_and_concurrent_positions()
    {
        var bob = Members.FindMember("bob")!;

        Assert.That(bob.Primary.DepartmentId, Is.EqualTo("fin"));
        Assert.That(bob.Concurrent.Select(p => (p.DepartmentId, p.PostId)), Is.EqualTo(new[] { ("hr", (string?)"clerk") }));
    }

    [Test]
    public void Login_lookup_ignores_case() =>
        Assert.That(Members.FindByLogin("ALICE")?.Id, Is.EqualTo("alice"));

    [Test]
    public void Search_matches_name_login_or_code_and_pages()
    {
        var page = Members.Search("r", new PageRequest(0, 2));

        Assert.That(page.Total, Is.EqualTo(3), "carol, erin, frank");
        Assert.That(page.Items.Select(m => m.Id), Is.EqualTo(new[] { "carol", "erin" }));
        Assert.That(page.HasMore, Is.True);
    }
}
