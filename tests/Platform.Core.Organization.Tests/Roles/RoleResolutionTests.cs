using Platform.Contracts.Organization.Roles;
using Platform.Core.Organization.Tests.Support;

namespace Platform.Core.Organization.Tests.Roles;

public sealed class RoleResolutionTests
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

    private IRoleResolver Roles => _org.Get<IRoleResolver>();

    [TestCase("fin", RelativeTo.Self, new[] { "bob" })]
    [TestCase("acc", RelativeTo.Self, new string[0])]
    [TestCase("acc", RelativeTo.Parent, new[] { "bob" })]
    [TestCase("acc", RelativeTo.NearestUp, new[] { "bob" })]
    [TestCase("fin", RelativeTo.Parent, new[] { "carol" })]
    [TestCase("root", RelativeTo.Parent, new string[0])]
    public void Department_head_relative_to_a_department(string department, RelativeTo relativeTo, string[] expected) =>
        Assert.That(Roles.ResolveRelative(WellKnownRoles.DepartmentHead, department, relativeTo), Is.EqualTo(expected));

    [Test]
    public void A_disabled_holder_is_never_resolved_and_nearest_up_skips_past_them()
    {
        Assert.That(Roles.ResolveRelative(WellKnownRoles.DepartmentHead, "hr", RelativeTo.Self), Is.Empty, "dave heads HR but is disabled");
        Assert.That(Roles.ResolveRelative(WellKnownRoles.DepartmentHead, "hr", RelativeTo.NearestUp), Is.EqualTo(new[] { "carol" }));
    }

    [Test]
    public void Leader_in_charge_of_a_department() =>
        Assert.That(Roles.ResolveRelative(WellKnownRoles.LeaderInCharge, "fin", RelativeTo.Self), Is.EqualTo(new[] { "carol" }));

    [Test]
    public void Fixed_role_holders_and_a_members_roles()
    {
        Assert.That(Roles.HoldersOf(WellKnownRoles.Administrator), Is.EqualTo(new[] { "carol" }));
        Assert.That(Roles.RolesOf("carol").Select(r => (r.RoleId, r.DepartmentId)), Is.EquivalentTo(new[]
        {
            (WellKnownRoles.Administrator, (string?)null), (WellKnownRoles.DepartmentHead, "root"), (WellKnownRoles.LeaderInCharge, "fin"),
        }));
    }

    [Test]
    public void Unknown_role_or_department_resolves_to_nobody()
    {
        Assert.That(Roles.ResolveRelative("no_such_role", "fin", RelativeTo.Self), Is.Empty);
        Assert.That(Roles.ResolveRelative(WellKnownRoles.DepartmentHead, "no_such_department", RelativeTo.NearestUp), Is.Empty);
    }
}
