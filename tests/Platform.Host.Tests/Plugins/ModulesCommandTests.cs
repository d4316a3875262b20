using System.Text.Json;
using Platform.Contracts.Modules;
using Platform.Host.Tests.Support;

namespace Platform.Host.Tests.Plugins;

/// <summary><c>platform modules</c> run as a real process: the same states as <c>/api/modules</c>, and the database untouched.</summary>
public sealed class ModulesCommandTests
{
    [Test]
    public async Task Prints_the_same_states_as_the_api_without_creating_the_database()
    {
        using var folder = new PluginsFolder()
            .Add(RepoPaths.BuiltPlugin("news"))
            .AddFixture("incompatible", "Empty.EmptyModule", m => m["contracts"]!["Platform.Contracts"] = "[2.0.0, 3.0.0)")
            .AddFixture("throwing", "Throwing.ThrowingModule");

        var output = await PlatformProcess.RunOkAsync("modules", "--json", "--plugins-dir", folder.PluginsDirectory, "--data-dir", folder.DataDirectory);
        var fromCli = JsonSerializer.Deserialize<List<ModuleInfo>>(output, RunningHost.Json)!;

        Assert.That(File.Exists(Path.Combine(folder.DataDirectory, "platform.db")), Is.False, "modules only looks");
        await using var host = await RunningHost.StartAsync(folder);
        var fromApi = await host.ModulesAsync();
        Assert.That(fromCli.Select(m => (m.Id, m.State)), Is.EqualTo(fromApi.Select(m => (m.Id, m.State))));
        Assert.That(fromCli.Select(m => (m.Id, m.State)), Is.EquivalentTo(new[]
        {
            ("kernel", ModuleState.Loaded), ("org", ModuleState.Loaded), ("forms", ModuleState.Loaded), ("scheduler", ModuleState.Loaded), ("workflow", ModuleState.Loaded), ("news", ModuleState.Loaded), ("incompatible", ModuleState.Incompatible), ("throwing", ModuleState.Failed),
        }));
    }

    [Test]
    public async Task Prints_a_table_for_people()
    {
        using var folder = new PluginsFolder().Add(RepoPaths.BuiltPlugin("news"));

        var output = await PlatformProcess.RunOkAsync("modules", "--plugins-dir", folder.PluginsDirectory, "--data-dir", folder.DataDirectory);

        Assert.That(output, Does.Contain("news").And.Contain("Loaded").And.Contain("Platform.Contract"), "the contracts column may wrap");
    }
}
