using NuGet.Versioning;
using Platform.Contracts.Modules;
using Platform.Core.Modules;

namespace Platform.Core.Tests.Modules;

public sealed class ModuleResolverTests
{
    private static readonly ContractCatalog Host = new(new Dictionary<string, NuGetVersion>
    {
        ["Platform.Contracts"] = NuGetVersion.Parse("1.2.0"),
        ["Platform.Apps.Api"] = NuGetVersion.Parse("2.0.0"),
    });

    [Test]
    public void A_plugin_within_the_provided_contract_range_resolves()
    {
        var plugin = Plugin("a", contracts: new() { ["Platform.Contracts"] = "[1.0, 2.0)" });

        var ordered = ModuleResolver.Resolve([plugin], Host);

        Assert.That(ordered, Is.EqualTo(new[] { plugin }));
        Assert.That(plugin.Contracts.Single(), Is.EqualTo(new VersionRequirement("Platform.Contracts", "[1.0.0, 2.0.0)", "1.2.0", true)));
    }

    [TestCase("Platform.Contracts", "[1.3, 2.0)", "Platform.Contracts [1.3.0, 2.0.0) is required but this host provides 1.2.0")]
    [TestCase("Platform.Apps.Api", "[1.0, )", "Platform.Apps.Api [1.0.0, ) is required but this host provides 2.0.0")]
    [TestCase("Platform.Contracts.Workflow", "[1.0, 2.0)", "Platform.Contracts.Workflow [1.0.0, 2.0.0) is not provided by this host")]
    public void A_plugin_needing_a_newer_minor_another_major_or_an_absent_contract_is_incompatible(string contract, string range, string reason)
    {
        var plugin = Plugin("a", contracts: new() { [contract] = range });

        var ordered = ModuleResolver.Resolve([plugin], Host);

        Assert.That(ordered, Is.Empty);
        Assert.That(plugin.State, Is.EqualTo(ModuleState.Incompatible));
        Assert.That(plugin.Reason, Does.Contain(reason));
    }

    [Test]
    public void An_absent_dependency_or_one_outside_the_range_is_missing()
    {
        var absent = Plugin("a", dependencies: new() { ["ghost"] = "[1.0, 2.0)" });
        var tooOld = Plugin("b", dependencies: new() { ["c"] = "[1.0, 2.0)" });
        var old = Plugin("c", version: "0.9.0");

        ModuleResolver.Resolve([absent, tooOld, old], Host);

        Assert.That(absent.State, Is.EqualTo(ModuleState.MissingDependency));
        Assert.That(absent.Reason, Does.Contain("module 'ghost' [1.0.0, 2.0.0) is not installed"));
        Assert.That(tooOld.State, Is.EqualTo(ModuleState.MissingDependency));
        Assert.That(tooOld.Reason, Does.Contain("is required but 0.9.0 is installed"));
        Assert.That(old.State, Is.EqualTo(ModuleState.Loaded));
    }

    [Test]
    public void A_plugin_depending_on_one_that_cannot_load_cannot_load_either()
    {
        var incompatible = Plugin("base", contracts: new() { ["Platform.Contracts"] = "[9.0, 10.0)" });
        var dependent = Plugin("middle", dependencies: new() { ["base"] = "[1.0, 2.0)" });
        var top = Plugin("top", dependencies: new() { ["middle"] = "[1.0, 2.0)" });

        var ordered = ModuleResolver.Resolve([top, dependent, incompatible], Host);

        Assert.That(ordered, Is.Empty);
        Assert.That(dependent.State, Is.EqualTo(ModuleState.MissingDependency));
        Assert.That(dependent.Reason, Does.Contain("'base' is installed but not loaded (Incompatible"));
        Assert.That(top.State, Is.EqualTo(ModuleState.MissingDependency));
    }

    [Test]
    public void A_dependency_cycle_fails_its_members_and_names_the_cycle()
    {
        var a = Plugin("a", dependencies: new() { ["b"] = "[1.0, 2.0)" });
        var b = Plugin("b", dependencies: new() { ["a"] = "[1.0, 2.0)" });
        var onCycle = Plugin("c", dependencies: new() { ["a"] = "[1.0, 2.0)" });
        var free = Plugin("d");

        var ordered = ModuleResolver.Resolve([a, b, onCycle, free], Host);

        Assert.That(ordered, Is.EqualTo(new[] { free }));
        Assert.That(a.State, Is.EqualTo(ModuleState.Failed));
        Assert.That(a.Reason, Does.Contain("Dependency cycle: a → b → a"));
        Assert.That(b.Reason, Does.Contain("Dependency cycle: b → a → b"));
        Assert.That(onCycle.State, Is.EqualTo(ModuleState.MissingDependency));
    }

    [Test]
    public void Modules_are_ordered_engines_first_then_dependencies_before_dependents()
    {
        var news = Plugin("news");
        var documents = Plugin("documents", dependencies: new() { ["news"] = "[1.0, 2.0)" });
        var archive = Plugin("archive", dependencies: new() { ["documents"] = "[1.0, 2.0)" });
        var engine = new ModuleCandidate("zeta-engine", ModuleKind.Engine, new PluginManifest("zeta-engine", "1.0.0", "Zeta", "Platform", "Zeta.dll"), null);

        var ordered = ModuleResolver.Resolve([archive, documents, news, engine], Host);

        Assert.That(ordered.Select(c => c.Id), Is.EqualTo(new[] { "zeta-engine", "news", "documents", "archive" }));
    }

    [Test]
    public void A_second_module_with_the_same_id_fails_and_the_first_loads()
    {
        var first = Plugin("news", location: "/plugins/news");
        var second = Plugin("news", location: "/plugins/news-copy");

        var ordered = ModuleResolver.Resolve([first, second], Host);

        Assert.That(ordered, Is.EqualTo(new[] { first }));
        Assert.That(second.State, Is.EqualTo(ModuleState.Failed));
        Assert.That(second.Reason, Does.Contain("/plugins/news"));
    }

    private static ModuleCandidate Plugin(string id, string version = "1.0.0", Dictionary<string, string>? contracts = null, Dictionary<string, string>? dependencies = null, string? location = null) =>
        new(id, ModuleKind.App, new PluginManifest(id, version, id, "Tests", $"{id}.dll")
        {
            Contracts = contracts ?? [],
            Dependencies = dependencies ?? [],
        }, location ?? $"/plugins/{id}");
}
