using System.Net;
using Platform.Contracts.Modules;
using Platform.Host.Tests.Support;

namespace Platform.Host.Tests.Packaging;

/// <summary>
/// Signed plugin packages through the real <c>platform</c> command line: a vendor key, <c>plugin pack</c>,
/// <c>plugin install</c> into a host's plugins directory, then the host itself deciding what loads. The plugin is the
/// test fixture that serves <c>/api/&lt;id&gt;/notes</c>.
/// </summary>
public sealed class SignedPluginTests
{
    private string _root = null!;
    private string _package = null!;

    [OneTimeSetUp]
    public async Task CreateKeyAndPackageAsync()
    {
        _root = Path.Combine(Path.GetTempPath(), "platform-host-tests", "signed-" + Guid.NewGuid().ToString("N"));
        await PlatformProcess.RunOkAsync("keys", "create", "--out", Path.Combine(_root, "keys"), "--id", "test-vendor");
        using var source = new PluginsFolder().AddFixture("acme.notes", "Healthy.HealthyModule");
        var output = await PlatformProcess.RunOkAsync("plugin", "pack", Path.Combine(source.PluginsDirectory, "acme.notes"), "--key", VendorKey, "--out", Path.Combine(_root, "packages"));
        _package = Path.Combine(_root, "packages", "acme.notes-1.0.0.platform-plugin");
        Assert.That(output, Does.Contain("signed with key 'test-vendor'"));
        Assert.That(File.Exists(_package), Is.True, output);
    }

    [OneTimeTearDown]
    public void Clean()
    {
        try
        {
            Directory.Delete(_root, recursive: true);
        }
        catch (IOException)
        {
            // The OS cleans the temp folder.
        }
    }

    private string VendorKey => Path.Combine(_root, "keys", "test-vendor.private.pem");

    private string VendorPublicKey => Path.Combine(_root, "keys", "test-vendor.pub.pem");

    private async Task InstallAsync(PluginsFolder folder)
    {
        await PlatformProcess.RunOkAsync("keys", "trust", VendorPublicKey, "--data-dir", folder.DataDirectory);
        var output = await PlatformProcess.RunOkAsync("plugin", "install", _package, "--data-dir", folder.DataDirectory, "--plugins-dir", folder.PluginsDirectory);
        Assert.That(output, Does.Contain("Installed acme.notes 1.0.0"));
    }

    [Test]
    public async Task A_packed_and_installed_plugin_loads_and_serves_when_signatures_are_required()
    {
        using var folder = new PluginsFolder();
        await InstallAsync(folder);

        var list = await PlatformProcess.RunOkAsync("plugin", "list", "--data-dir", folder.DataDirectory, "--plugins-dir", folder.PluginsDirectory);
        await using var host = await RunningHost.StartAsync(folder, null, "--Platform:Plugins:RequireSignatures=true");

        Assert.That(list, Does.Contain("acme.notes\t1.0.0\tPlatform tests\tsigned by 'test-vendor'"));
        Assert.That((await host.ModuleAsync("acme.notes")).State, Is.EqualTo(ModuleState.Loaded));
        using var response = await host.Client.GetAsync("/api/acme.notes/notes");
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }

    [Test]
    public async Task A_tampered_plugin_is_not_loaded_and_the_reason_names_the_file()
    {
        using var folder = new PluginsFolder();
        await InstallAsync(folder);
        await File.AppendAllTextAsync(Path.Combine(folder.PluginsDirectory, "acme.notes", "Platform.TestPlugins.deps.json"), "\n");

        await using var host = await RunningHost.StartAsync(folder);
        var notes = await host.ModuleAsync("acme.notes");

        Assert.That(notes.State, Is.EqualTo(ModuleState.Failed));
        Assert.That(notes.Reason, Does.Contain("Platform.TestPlugins.deps.json was changed").And.Contain("tampered"));
        using var response = await host.Client.GetAsync("/api/acme.notes/notes");
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
    }

    [Test]
    public async Task An_unsigned_plugin_is_refused_only_when_signatures_are_required()
    {
        using var folder = new PluginsFolder().AddFixture("dev-build", "Empty.EmptyModule");

        var (exitCode, output, _) = await PlatformProcess.RunAsync("modules", "--json", "--data-dir", folder.DataDirectory, "--plugins-dir", folder.PluginsDirectory);
        await using var host = await RunningHost.StartAsync(folder, null, "--Platform:Plugins:RequireSignatures=true");
        var devBuild = await host.ModuleAsync("dev-build");

        Assert.That(exitCode, Is.Zero);
        Assert.That(output, Does.Match("\"id\": \"dev-build\",[^}]*\"state\": \"loaded\""), "a development host loads unsigned plugins");
        Assert.That(devBuild.State, Is.EqualTo(ModuleState.Failed));
        Assert.That(devBuild.Reason, Does.Contain("It is not signed").And.Contain("requires signed plugins"));
    }

    [Test]
    public async Task Installing_a_package_from_an_untrusted_vendor_fails_and_installs_nothing()
    {
        using var folder = new PluginsFolder();

        var (exitCode, output, errors) = await PlatformProcess.RunAsync("plugin", "install", _package, "--data-dir", folder.DataDirectory, "--plugins-dir", folder.PluginsDirectory);

        Assert.That(exitCode, Is.EqualTo(1));
        Assert.That(output + errors, Does.Contain("signed by key 'test-vendor', which this host does not trust"));
        Assert.That(Directory.EnumerateFileSystemEntries(folder.PluginsDirectory), Is.Empty);
    }

    [Test]
    public async Task Installing_a_plugin_built_for_other_contracts_fails_with_the_resolver_reason()
    {
        using var source = new PluginsFolder().AddFixture("future", "Empty.EmptyModule", m => m["contracts"]!["Platform.Contracts"] = "[2.0.0, 3.0.0)");
        var package = Path.Combine(source.Root, "future-1.0.0.platform-plugin");
        await PlatformProcess.RunOkAsync("plugin", "pack", Path.Combine(source.PluginsDirectory, "future"), "--key", VendorKey, "--out", package);
        using var folder = new PluginsFolder();
        await PlatformProcess.RunOkAsync("keys", "trust", VendorPublicKey, "--data-dir", folder.DataDirectory);

        var (exitCode, output, errors) = await PlatformProcess.RunAsync("plugin", "install", package, "--data-dir", folder.DataDirectory, "--plugins-dir", folder.PluginsDirectory);

        Assert.That(exitCode, Is.EqualTo(1));
        Assert.That(output + errors, Does.Contain("cannot run on this host (Incompatible)").And.Contain("Platform.Contracts [2.0.0, 3.0.0) is required"));
        Assert.That(Directory.EnumerateFileSystemEntries(folder.PluginsDirectory), Is.Empty);
    }

    [Test]
    public async Task Remove_deletes_an_installed_plugin()
    {
        using var folder = new PluginsFolder();
        await InstallAsync(folder);

        await PlatformProcess.RunOkAsync("plugin", "remove", "acme.notes", "--data-dir", folder.DataDirectory, "--plugins-dir", folder.PluginsDirectory);
        var list = await PlatformProcess.RunOkAsync("plugin", "list", "--data-dir", folder.DataDirectory, "--plugins-dir", folder.PluginsDirectory);

        Assert.That(list, Does.Contain("No plugins installed."));
    }
}
