using Platform.Contracts.Errors;
using Platform.Contracts.Organization.Permissions;
using Platform.Contracts.Organization.Roles;
using Platform.Core.Organization.Tests.Support;

namespace Platform.Core.Organization.Tests.Permissions;

public sealed class PermissionTests
{
    private const string Resource = "news/category/notices";
    private OrgHarness _org = null!;

    [SetUp]
    public async Task StartAsync()
    {
        _org = await OrgHarness.StartAsync();
        await SampleOrg.SeedAsync(_org);
    }

    [TearDown]
    public async Task StopAsync() => await _org.DisposeAsync();

    private IPermissionService Permissions => _org.Get<IPermissionService>();

    [TestCase(PrincipalKind.DepartmentTree, "fin", new[] { "alice", "bob", "erin" })]
    [TestCase(PrincipalKind.Department, "fin", new[] { "bob" })]
    [TestCase(PrincipalKind.Department, "hr", new[] { "bob" })]
    [TestCase(PrincipalKind.Post, "head", new[] { "bob", "carol" })]
    [TestCase(PrincipalKind.Role, WellKnownRoles.Administrator, new[] { "carol" })]
    [TestCase(PrincipalKind.Role, WellKnownRoles.DepartmentHead, new[] { "bob", "carol" })]
    [TestCase(PrincipalKind.Unit, "u2", new[] { "frank" })]
    [TestCase(PrincipalKind.Group, "g1", new[] { "alice" })]
    [TestCase(PrincipalKind.Member, "erin", new[] { "erin" })]
    [TestCase(PrincipalKind.Everyone, null, new[] { "alice", "bob", "carol", "erin", "frank" })]
    public async Task A_grant_reaches_exactly_the_members_the_principal_covers(PrincipalKind kind, string? id, string[] expected)
    {
        await Permissions.GrantAsync(new NewGrant(Resource, "read", new Principal(kind, id), GrantEffect.Allow), CancellationToken.None);

        Assert.That(Allowed("read"), Is.EqualTo(expected));
        Assert.That(Allowed("edit"), Is.Empty, "other actions stay denied");
    }

    [Test]
    public async Task A_level_range_covers_members_with_a_rank_inside_it()
    {
        await Permissions.GrantAsync(new NewGrant(Resource, "read", Principal.Levels(5, 9), GrantEffect.Allow), CancellationToken.None);

        Assert.That(Allowed("read"), Is.EqualTo(new[] { "bob", "carol", "erin" }));
    }

    [Test]
    public async Task A_deny_wins_over_any_allow()
    {
        await Permissions.GrantAsync(new NewGrant(Resource, "*", Principal.Everyone, GrantEffect.Allow), CancellationToken.None);
        await Permissions.GrantAsync(new NewGrant(Resource, "edit", Principal.Department("acc", includeSubDepartments: false), GrantEffect.Deny), CancellationToken.None);

        Assert.That(Allowed("read"), Is.EqualTo(new[] { "alice", "bob", "carol", "erin", "frank" }), "the * action covers read");
        Assert.That(Allowed("edit"), Is.EqualTo(new[] { "bob", "carol", "frank" }), "Accounts is denied editing");
    }

    [Test]
    public async Task A_disabled_member_may_do_nothing_and_holds_no_principals()
    {
        await Permissions.GrantAsync(new NewGrant(Resource, "read", Principal.Member("dave"), GrantEffect.Allow), CancellationToken.None);

        Assert.That(Permissions.IsAllowed("dave", "read", Resource), Is.False);
        Assert.That(Permissions.PrincipalTokensOf("dave"), Is.Empty);
        Assert.That(Permissions.IsAllowed("nobody", "read", Resource), Is.False);
    }

    [Test]
    public async Task Checks_follow_organisation_changes_at_once()
    {
        await Permissions.GrantAsync(new NewGrant(Resource, "read", Principal.Department("fin", includeSubDepartments: true), GrantEffect.Allow), CancellationToken.None);
        Assert.That(Permissions.IsAllowed("alice", "read", Resource), Is.True);

        await _org.ChangeAsync(db => db.Positions.Single(p => p.MemberId == "alice" && p.Ordinal == 0).DepartmentId = "hr");
        Assert.That(Permissions.IsAllowed("alice", "read", Resource), Is.False, "alice moved out of Finance");

        await _org.ChangeAsync(db => db.Members.Single(m => m.Id == "erin").Enabled = false);
        Assert.That(Permissions.IsAllowed("erin", "read", Resource), Is.False, "erin was disabled");
    }

    [Test]
    public async Task Revoking_a_grant_takes_effect_at_once_and_an_identical_grant_is_not_doubled()
    {
        var first = await Permissions.GrantAsync(new NewGrant(Resource, "read", Principal.Member("erin"), GrantEffect.Allow), CancellationToken.None);
        var again = await Permissions.GrantAsync(new NewGrant(Resource, "read", Principal.Member("erin"), GrantEffect.Allow), CancellationToken.None);
        Assert.That(again.Id, Is.EqualTo(first.Id));
        Assert.That(Permissions.GrantsOn(Resource), Has.Count.EqualTo(1));

        await Permissions.RevokeAsync(first.Id, CancellationToken.None);

        Assert.That(Permissions.IsAllowed("erin", "read", Resource), Is.False);
    }

    [Test]
    public void A_grant_to_a_principal_that_does_not_exist_is_refused()
    {
        var error = Assert.ThrowsAsync<PlatformException>(() =>
            Permissions.GrantAsync(new NewGrant("", "read", Principal.Department("nowhere", includeSubDepartments: true), GrantEffect.Allow), CancellationToken.None));

        Assert.That(error!.Errors.Select(e => (e.Field, e.Code)), Is.EquivalentTo(new[] { ("resource", "required"), ("principal.id", "unknown_reference") }));
    }

    [Test]
    public void A_member_holds_the_principals_of_every_position_role_group_and_ancestor()
    {
        Assert.That(Permissions.PrincipalTokensOf("alice"), Is.EquivalentTo(new[]
        {
            "everyone", "member:alice", "dept:acc", "dept-tree:acc", "dept-tree:fin", "dept-tree:root", "unit:u1", "post:clerk", "group:g1",
        }));
    }

    [Test]
    public async Task Concurrent_grants_are_all_kept()
    {
        await Task.WhenAll(Enumerable.Range(0, 8).Select(i =>
            Permissions.GrantAsync(new NewGrant(Resource, $"action{i}", Principal.Everyone, GrantEffect.Allow), CancellationToken.None)));

        Assert.That(Permissions.GrantsOn(Resource), Has.Count.EqualTo(8));
    }

    private string[] Allowed(string action) =>
        new[] { "alice", "bob", "carol", "dave", "erin", "frank" }.Where(m => Permissions.IsAllowed(m, action, Resource)).ToArray();
}
