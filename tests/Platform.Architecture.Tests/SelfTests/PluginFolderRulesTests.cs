using Platform.Architecture.Tests.Rules;

namespace Platform.Architecture.Tests.SelfTests;

/// <summary>The plugin-folder check reports host-provided files in a synthetic plugin folder and accepts the plugin's own.</summary>
public sealed class PluginFolderRulesTests
{
    private string _folder = "";

    [SetUp]
    public void CreateFolder() => _folder = Directory.CreateTempSubdirectory("plugin-").FullName;

    [TearDown]
    public void DeleteFolder() => Directory.Delete(_folder, recursive: true);

    [Test]
    public void Host_provided_assemblies_in_a_plugin_folder_are_reported()
    {
        Touch("Platform.Apps.Fake.dll", "plugin.json", "Markdig.dll", "MediatR.dll", "Platform.Apps.Api.dll",
            "Microsoft.EntityFrameworkCore.Relational.dll", "runtimes/linux-x64/native/libe_sqlite3.so");

        var found = PluginFolderRules.FindHostProvidedFiles(_folder, ["Platform.Contracts", "Platform.Apps.Api"]);

        Assert.That(found, Is.EqualTo(new[]
        {
            "MediatR.dll", "Microsoft.EntityFrameworkCore.Relational.dll", "Platform.Apps.Api.dll", "runtimes/linux-x64/native/libe_sqlite3.so",
        }));
    }

    [Test]
    public void Plugin_folder_with_only_its_own_files_is_accepted()
    {
        Touch("Platform.Apps.Fake.dll", "Platform.Apps.Fake.deps.json", "plugin.json", "Markdig.dll");

        Assert.That(PluginFolderRules.FindHostProvidedFiles(_folder, ["Platform.Contracts", "Platform.Apps.Api"]), Is.Empty);
    }

    private void Touch(params string[] files)
    {
        foreach (var file in files)
        {
            var path = Path.Combine(_folder, file);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllBytes(path, []);
        }
    }
}
