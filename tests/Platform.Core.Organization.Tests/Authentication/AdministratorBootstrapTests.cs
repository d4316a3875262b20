using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Platform.Contracts.Organization.Authentication;
using Platform.Contracts.Organization.Directory;
using Platform.Contracts.Organization.Roles;
using Platform.Core.Organization.Authentication;
using Platform.Core.Organization.Tests.Support;

namespace Platform.Core.Organization.Tests.Authentication;

public sealed class AdministratorBootstrapTests
{
    [Test]
    public async Task On_an_empty_database_creates_admin_with_the_configured_password_once()
    {
        await using var org = await OrgHarness.StartAsync(new Dictionary<string, string?> { ["Modules:org:RootUnitName"] = "City Bureau" });

        var created = await AdministratorBootstrap.EnsureAdministratorAsync(org.Services, "configured secret", CancellationToken.None);

        Assert.That(created, Is.Not.Null);
        Assert.That((created!.Login, created.GeneratedPassword), Is.EqualTo(("admin", (string?)null)));
        var signIn = await org.SignInAsync("admin", "configured secret");
        Assert.That(signIn.Outcome, Is.EqualTo(SignInOutcome.Succeeded));
        Assert.That(signIn.Member!.Id, Is.EqualTo(created.MemberId));
        Assert.That(org.Get<IRoleResolver>().HoldersOf(WellKnownRoles.Administrator), Is.EqualTo(new[] { created.MemberId }), "the snapshot was reloaded");
        Assert.That(org.Get<IRoleResolver>().FindRole(WellKnownRoles.DepartmentHead)!.Kind, Is.EqualTo(RoleKind.Relative));
        Assert.That(org.Get<IRoleResolver>().FindRole(WellKnownRoles.LeaderInCharge)!.Kind, Is.EqualTo(RoleKind.Relative));
        Assert.That(org.Get<ISignedInMembers>().FixedRolesOf(created.MemberId), Is.EqualTo(new[] { WellKnownRoles.Administrator }));
        var department = org.Get<IOrgStructure>().FindDepartment(signIn.Member.Primary.DepartmentId)!;
        Assert.That(org.Get<IOrgStructure>().FindUnit(department.UnitId)!.Name, Is.EqualTo("City Bureau"));
        var version = org.Snapshot.Current.Version;

        Assert.That(await AdministratorBootstrap.EnsureAdministratorAsync(org.Services, "another secret", CancellationToken.None), Is.Null, "never again");
        Assert.That(await org.QueryAsync(db => db.Members.CountAsync()), Is.EqualTo(1));
        Assert.That(org.Snapshot.StoredVersion(), Is.EqualTo(version));
        Assert.That((await org.SignInAsync("admin", "another secret")).Outcome, Is.EqualTo(SignInOutcome.InvalidCredentials));
    }

    [Test]
    public async Task Without_a_configured_password_generates_a_strong_one()
    {
        await using var org = await OrgHarness.StartAsync();

        var created = await AdministratorBootstrap.EnsureAdministratorAsync(org.Services, null, CancellationToken.None);

        Assert.That(created!.GeneratedPassword, Has.Length.EqualTo(20));
        Assert.That((await org.SignInAsync("admin", created.GeneratedPassword!)).Outcome, Is.EqualTo(SignInOutcome.Succeeded));
    }

    [Test]
    public async Task Does_nothing_when_members_exist()
    {
        await using var org = await OrgHarness.StartAsync();
        await SampleOrg.SeedAsync(org);

        Assert.That(await AdministratorBootstrap.EnsureAdministratorAsync(org.Services, "configured secret", CancellationToken.None), Is.Null);
        Assert.That(org.Get<IMemberDirectory>().FindByLogin("admin"), Is.Null);
    }

    [Test]
    public async Task Reuses_roles_that_already_exist()
    {
        await using var org = await OrgHarness.StartAsync();
        await org.ChangeAsync(db => db.Roles.Add(new() { Id = "r-admin", Code = WellKnownRoles.Administrator, Name = "Admins", Kind = RoleKind.Fixed }));

        var created = await AdministratorBootstrap.EnsureAdministratorAsync(org.Services, "configured secret", CancellationToken.None);

        Assert.That(org.Get<IRoleResolver>().FindRole(WellKnownRoles.Administrator)!.Id, Is.EqualTo("r-admin"));
        Assert.That(org.Get<IRoleResolver>().HoldersOf(WellKnownRoles.Administrator), Is.EqualTo(new[] { created!.MemberId }));
    }

    [Test]
    public void A_configured_password_that_is_too_short_stops_start_up_with_a_clear_message()
    {
        Assert.That(
            async () =>
            {
                await using var org = await OrgHarness.StartAsync();
                await AdministratorBootstrap.EnsureAdministratorAsync(org.Services, "short", CancellationToken.None);
            },
            Throws.InvalidOperationException.With.Message.Contains(AdministratorBootstrap.PasswordKey).And.Message.Contains("at least 8"));
    }

    [Test]
    public void The_password_comes_from_the_key_else_from_the_environment_variable()
    {
        static string? From(params (string Key, string Value)[] pairs) => AdministratorBootstrap.ConfiguredPassword(
            new ConfigurationBuilder().AddInMemoryCollection(pairs.Select(p => KeyValuePair.Create(p.Key, (string?)p.Value))).Build());

        Assert.That(From(("Platform:AdminPassword", "from key"), ("PLATFORM_ADMIN_PASSWORD", "from env")), Is.EqualTo("from key"));
        Assert.That(From(("PLATFORM_ADMIN_PASSWORD", "from env")), Is.EqualTo("from env"));
        Assert.That(From(("Platform:AdminPassword", " ")), Is.Null);
    }
}
