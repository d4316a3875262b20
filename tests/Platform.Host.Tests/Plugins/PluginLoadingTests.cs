using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Platform.Contracts.Modules;
using Platform.Host.Tests.Support;

namespace Platform.Host.Tests.Plugins;

/// <summary>
/// One host, started from a plugins folder holding a good plugin and one of every kind of bad one. Each must end in
/// its own state with a reason a person can act on, and the host must keep serving the good one.
/// </summary>
public sealed class PluginLoadingTests
{
    private PluginsFolder _folder = null!;
    private RunningHost _host = null!;

    [OneTimeSetUp]
    public async Task StartAsync()
    {
        _folder = new PluginsFolder()
            .AddFixture("good", "Healthy.HealthyModule")
            .AddFixture("incompatible", "Empty.EmptyModule", m => m["contracts"]!["Platform.Contracts"] = "[2.0.0, 3.0.0)")
            .AddFixture("newer-minor", "Empty.EmptyModule", m => m["contracts"]!["Platform.Contracts"] = "[1.9.0, 2.0.0)")
            .AddFixture("needs-ghost", "Empty.EmptyModule", m => m["dependencies"] = new JsonObject { ["ghost"] = "[1.0.0, 2.0.0)" })
            .AddFixture("needs-good", "Empty.EmptyModule", m => m["dependencies"] = new JsonObject { ["good"] = "[1.0.0, 2.0.0)" })
            .AddFixture("cycle-a", "Empty.EmptyModule", m => m["dependencies"] = new JsonObject { ["cycle-b"] = "[1.0.0, 2.0.0)" })
            .AddFixture("cycle-b", "Empty.EmptyModule", m => m["dependencies"] = new JsonObject { ["cycle-a"] = "[1.0.0, 2.0.0)" })
            .AddFixture("throwing", "Throwing.ThrowingModule")
            .AddFixture("needs-throwing", "Empty.EmptyModule", m => m["dependencies"] = new JsonObject { ["throwing"] = "[1.0.0, 2.0.0)" })
            .AddFixture("broken-migration", "BrokenMigration.BrokenMigrationModule")
            .AddFixture("broken-endpoints", "BrokenEndpoints.BrokenEndpointsModule")
            .AddFixture("no-assembly", "Empty.EmptyModule", m => m["entryAssembly"] = "Missing.dll")
            .AddFixtureWithRawManifest("malformed", "{ \"id\": \"malformed\", \"version\": \"1.0\", ")
            .AddFixtureWithRawManifest("incomplete", "{ \"id\": \"incomplete\", \"version\": \"one\" }");
        _host = await RunningHost.StartAsync(_folder);
    }

    [OneTimeTearDown]
    public async Task StopAsync()
    {
        await _host.DisposeAsync();
        _folder.Dispose();
    }

    [Test]
    public async Task A_compatible_plugin_loads_migrates_and_serves()
    {
        var good = await _host.ModuleAsync("good");
        Assert.That(good.State, Is.EqualTo(ModuleState.Loaded));
        Assert.That(good.Kind, Is.EqualTo(ModuleKind.App));
        Assert.That(good.Contracts, Has.Some.EqualTo(new VersionRequirement("Platform.Contracts", "[1.0.0, 2.0.0)", "1.1.0", true)));

        var created = await _host.Client.PostAsJsonAsync("/api/good/notes", new { text = "hello" });
        Assert.That(created.StatusCode, Is.EqualTo(HttpStatusCode.Created));
        Assert.That(await _host.Client.GetFromJsonAsync<string[]>("/api/good/notes"), Does.Contain("hello"));
    }

    [TestCase("incompatible", ModuleState.Incompatible, "Platform.Contracts [2.0.0, 3.0.0) is required but this host provides 1.1.0")]
    [TestCase("newer-minor", ModuleState.Incompatible, "Platform.Contracts [1.9.0, 2.0.0) is required but this host provides 1.1.0")]
    [TestCase("needs-ghost", ModuleState.MissingDependency, "module 'ghost' [1.0.0, 2.0.0) is not installed")]
    [TestCase("cycle-a", ModuleState.Failed, "Dependency cycle: cycle-a → cycle-b → cycle-a")]
    [TestCase("cycle-b", ModuleState.Failed, "Dependency cycle: cycle-b → cycle-a → cycle-b")]
    [TestCase("malformed", ModuleState.Failed, "plugin.json is malformed: not valid JSON")]
    [TestCase("incomplete", ModuleState.Failed, "version 'one' is not a SemVer version")]
    [TestCase("throwing", ModuleState.Failed, "Failed while registering its services: InvalidOperationException: registration is broken on purpose")]
    [TestCase("needs-throwing", ModuleState.MissingDependency, "module 'throwing' is installed but not loaded (Failed")]
    [TestCase("broken-migration", ModuleState.Failed, "Failed while applying its migrations: SqliteException")]
    [TestCase("broken-endpoints", ModuleState.Failed, "Failed while mapping its endpoints: InvalidOperationException: endpoint mapping is broken on purpose")]
    [TestCase("no-assembly", ModuleState.Failed, "The entry assembly Missing.dll named in plugin.json is not in the plugin folder")]
    public async Task A_bad_plugin_ends_in_its_state_with_a_reason(string id, ModuleState state, string reason)
    {
        var module = await _host.ModuleAsync(id);

        Assert.That(module.State, Is.EqualTo(state));
        Assert.That(module.Reason, Does.Contain(reason));
    }

    [Test]
    public async Task A_plugin_depending_on_a_loaded_one_loads_after_it()
    {
        var modules = await _host.ModulesAsync();
        var loaded = modules.Where(m => m.State == ModuleState.Loaded).Select(m => m.Id).ToList();

        Assert.That(loaded.Take(loaded.Count - 2), Is.SupersetOf(new[] { "kernel", "org", "forms", "scheduler", "workflow" }), "engines first");
        Assert.That(loaded.TakeLast(2), Is.EqualTo(new[] { "good", "needs-good" }));
        Assert.That(modules.Single(m => m.Id == "needs-good").Dependencies.Single(), Is.EqualTo(new VersionRequirement("good", "[1.0.0, 2.0.0)", "1.0.0", true)));
    }

    [Test]
    public async Task The_kernel_is_listed_as_an_engine_with_its_version()
    {
        var kernel = await _host.ModuleAsync("kernel");

        Assert.That(kernel.Kind, Is.EqualTo(ModuleKind.Engine));
        Assert.That(kernel.State, Is.EqualTo(ModuleState.Loaded));
        Assert.That(kernel.Version, Does.Match(@"^\d+\.\d+\.\d+"));
    }

    [Test]
    public async Task Endpoints_mapped_before_a_module_threw_are_not_served()
    {
        var response = await _host.Client.GetAsync("/api/broken-endpoints/half");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That((await Problem.ReadAsync(response)).Code, Is.EqualTo("http.not_found"));
    }

    [Test]
    public async Task The_host_is_ready_while_bad_plugins_are_reported()
    {
        Assert.That((await _host.Client.GetAsync("/health/live")).StatusCode, Is.EqualTo(HttpStatusCode.OK));
        var ready = await _host.Client.GetAsync("/health/ready");
        Assert.That(ready.StatusCode, Is.EqualTo(HttpStatusCode.OK), await ready.Content.ReadAsStringAsync());
    }
}
