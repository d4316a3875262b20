using Platform.Contracts.Organization.Roles;
using Platform.Core.Organization.Authentication;
using Platform.Core.Organization.Tests.Support;

namespace Platform.Core.Organization.Tests.Authentication;

public sealed class SignedInMembersTests
{
    [Test]
    public async Task Lists_fixed_roles_only_and_nothing_for_disabled_or_unknown_members()
    {
        await using var org = await OrgHarness.StartAsync();
        await SampleOrg.SeedAsync(org);
        var members = org.Get<ISignedInMembers>();

        Assert.That(members.FixedRolesOf("carol"), Is.EqualTo(new[] { WellKnownRoles.Administrator }), "department_head and leader_in_charge are relative");
        Assert.That(members.FixedRolesOf("alice"), Is.Empty);
        Assert.That(members.FixedRolesOf("dave"), Is.Null);
        Assert.That(members.FixedRolesOf("ghost"), Is.Null);
    }
}
