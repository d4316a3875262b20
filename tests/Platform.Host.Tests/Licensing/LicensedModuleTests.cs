using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Platform.Contracts.Modules;
using Platform.Host.Tests.Support;

namespace Platform.Host.Tests.Licensing;

/// <summary>
/// Licence enforcement in the running host: licences issued and installed with the real <c>platform license</c>
/// commands, then <c>GET /api/modules</c> showing each module's state and licence status.
/// </summary>
public sealed class LicensedModuleTests
{
    private PluginsFolder _folder = null!;
    private RunningHost _host = null!;

    [OneTimeSetUp]
    public async Task StartAsync()
    {
        static void Licensed(JsonObject manifest)
        {
            manifest["requiresLicense"] = true;
            manifest["released"] = "2026-10-01";
        }

        _folder = new PluginsFolder()
            .AddFixture("acme.licensed", "Empty.EmptyModule", Licensed)
            .AddFixture("acme.expiring", "Empty.EmptyModule", Licensed)
            .AddFixture("acme.unlicensed", "Empty.EmptyModule", Licensed)
            .AddFixture("acme.needs-unlicensed", "Empty.EmptyModule", m => m["dependencies"] = new JsonObject { ["acme.unlicensed"] = "[1.0.0, 2.0.0)" })
            .AddFixture("acme.free", "Empty.EmptyModule");
        var keys = Path.Combine(_folder.Root, "keys");
        await PlatformProcess.RunOkAsync("keys", "create", "--out", keys, "--id", "test-issuer");
        await PlatformProcess.RunOkAsync("keys", "trust", Path.Combine(keys, "test-issuer.pub.pem"), "--for", "licenses", "--data-dir", _folder.DataDirectory);
        var installation = await InstallationOfAsync(_folder);
        Assert.That(Guid.TryParse(installation, out _), Is.True, installation);

        await IssueAndInstallAsync(keys, "L-LONG", installation, "acme.licensed", TimeSpan.FromDays(365));
        await IssueAndInstallAsync(keys, "L-SHORT", installation, "acme.expiring", TimeSpan.FromDays(10));
        _host = await RunningHost.StartAsync(_folder);
    }

    [OneTimeTearDown]
    public async Task StopAsync()
    {
        await _host.DisposeAsync();
        _folder.Dispose();
    }

    private Task IssueAndInstallAsync(string keys, string licenseId, string installation, string module, TimeSpan validFor) =>
        IssueAndInstallAsync(_folder, keys, licenseId, installation, module, validFor);

    private static async Task IssueAndInstallAsync(PluginsFolder folder, string keys, string licenseId, string installation, string module, TimeSpan validFor, params string[] extra)
    {
        var file = Path.Combine(folder.Root, licenseId + ".platform-license");
        var notAfter = TimeProvider.System.GetUtcNow().Add(validFor).ToString("O", CultureInfo.InvariantCulture);
        await PlatformProcess.RunOkAsync(
            [
                "license", "issue", "--key", Path.Combine(keys, "test-issuer.private.pem"), "--id", licenseId, "--customer", "Contoso",
                "--installation", installation, "--module", $"{module}=2027-01-01", "--not-after", notAfter, "--out", file, .. extra,
            ]);
        await PlatformProcess.RunOkAsync("license", "install", file, "--data-dir", folder.DataDirectory);
    }

    private static async Task<string> InstallationOfAsync(PluginsFolder folder)
    {
        var show = await PlatformProcess.RunOkAsync("license", "show", "--data-dir", folder.DataDirectory, "--plugins-dir", folder.PluginsDirectory);
        return show.Split('\n')[0].Split(':')[1].Trim();
    }

    [Test]
    public async Task A_module_with_a_valid_licence_loads_and_shows_it()
    {
        var module = await _host.ModuleAsync("acme.licensed");

        Assert.That(module.State, Is.EqualTo(ModuleState.Loaded));
        Assert.That(module.License.Status, Is.EqualTo(LicenseStatus.Licensed));
        Assert.That(module.License.LicenseId, Is.EqualTo("L-LONG"));
        Assert.That(module.License.Customer, Is.EqualTo("Contoso"));
        Assert.That(module.License.Warnings, Is.Empty);
    }

    [Test]
    public async Task A_licence_about_to_expire_shows_a_warning()
    {
        var module = await _host.ModuleAsync("acme.expiring");

        Assert.That(module.State, Is.EqualTo(ModuleState.Loaded));
        Assert.That(module.License.Warnings, Has.One.Contains("Licence L-SHORT expires on").And.Contains("renew it"));
    }

    [Test]
    public async Task A_module_without_a_licence_is_unlicensed_with_the_reason_and_its_dependents_cannot_load()
    {
        var module = await _host.ModuleAsync("acme.unlicensed");
        var dependent = await _host.ModuleAsync("acme.needs-unlicensed");

        Assert.That(module.State, Is.EqualTo(ModuleState.Unlicensed));
        Assert.That(module.Reason, Does.Contain("No installed licence names module 'acme.unlicensed'"));
        Assert.That(module.License.Status, Is.EqualTo(LicenseStatus.Unlicensed));
        Assert.That(dependent.State, Is.EqualTo(ModuleState.MissingDependency));
        Assert.That(dependent.Reason, Does.Contain("module 'acme.unlicensed' is installed but not loaded (Unlicensed"));
    }

    [Test]
    public async Task A_module_that_needs_no_licence_says_so()
    {
        var module = await _host.ModuleAsync("acme.free");

        Assert.That(module.State, Is.EqualTo(ModuleState.Loaded));
        Assert.That(module.License.Status, Is.EqualTo(LicenseStatus.NotRequired));
    }

    [Test]
    public async Task The_modules_endpoint_writes_the_licence_status_as_json()
    {
        var body = await _host.Client.GetStringAsync("/api/modules");

        Assert.That(body, Does.Contain("\"license\":{\"status\":\"licensed\",\"licenseId\":\"L-LONG\""));
    }

    [Test]
    public async Task A_licence_for_another_installation_is_refused_by_install()
    {
        using var other = new PluginsFolder();
        var file = Directory.GetFiles(_folder.DataDirectory, "L-LONG.platform-license", SearchOption.AllDirectories).Single();
        await PlatformProcess.RunOkAsync("keys", "trust", Path.Combine(_folder.Root, "keys", "test-issuer.pub.pem"), "--for", "licenses", "--data-dir", other.DataDirectory);

        var (exitCode, output, errors) = await PlatformProcess.RunAsync("license", "install", file, "--data-dir", other.DataDirectory);

        Assert.That(exitCode, Is.EqualTo(1));
        Assert.That(output + errors, Does.Contain("it was issued for installation"));
        Assert.That(Directory.Exists(Path.Combine(other.DataDirectory, "licenses")), Is.False);
    }

    [Test]
    public async Task Over_the_member_limit_after_the_grace_period_the_module_becomes_unlicensed_and_stops_serving()
    {
        using var folder = new PluginsFolder().AddFixture("acme.seats", "Healthy.HealthyModule", m =>
        {
            m["requiresLicense"] = true;
            m["released"] = "2026-10-01";
        });
        var keys = Path.Combine(_folder.Root, "keys");
        await PlatformProcess.RunOkAsync("keys", "trust", Path.Combine(keys, "test-issuer.pub.pem"), "--for", "licenses", "--data-dir", folder.DataDirectory);
        await IssueAndInstallAsync(folder, keys, "L-SEATS", await InstallationOfAsync(folder), "acme.seats", TimeSpan.FromDays(365), "--max-members", "1");
        await using var host = await RunningHost.StartAsync(folder, null, "--Platform:Licensing:GraceDays=0", "--Platform:Licensing:CheckIntervalMinutes=0.02");
        Assert.That((await host.ModuleAsync("acme.seats")).State, Is.EqualTo(ModuleState.Loaded), "within the limit at start");
        using var import = await host.Client.PostAsJsonAsync("/api/org/import", JsonNode.Parse("""
            {
              "units": [ { "code": "hq", "name": "Head office" } ],
              "departments": [ { "code": "office", "name": "Office", "unit": "hq" } ],
              "members": [
                { "code": "m1", "login": "m.one", "name": "Member One", "department": "office" },
                { "code": "m2", "login": "m.two", "name": "Member Two", "department": "office" }
              ]
            }
            """));
        Assert.That(import.IsSuccessStatusCode, Is.True, await import.Content.ReadAsStringAsync());

        var module = await host.ModuleAsync("acme.seats");
        for (var i = 0; i < 60 && module.State == ModuleState.Loaded; i++)
        {
            await Task.Delay(250);
            module = await host.ModuleAsync("acme.seats");
        }

        Assert.That(module.State, Is.EqualTo(ModuleState.Unlicensed), "the periodic check counts the members");
        Assert.That(module.Reason, Does.Contain("more than the 1 it allows").And.Contain("grace period of 0 days ended"));
        using var response = await host.Client.GetAsync("/api/acme.seats/notes");
        var problem = await Problem.ReadAsync(response);
        Assert.That(problem.Status, Is.EqualTo(System.Net.HttpStatusCode.ServiceUnavailable));
        Assert.That(problem.Code, Is.EqualTo("module.not_loaded"));
    }
}
