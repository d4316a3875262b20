using System.Text.Json;
using System.Text.Json.Nodes;

namespace Platform.Host.Tests.Support;

/// <summary>A temporary plugins directory and data directory, assembled from built plugin folders.</summary>
internal sealed class PluginsFolder : IDisposable
{
    public PluginsFolder()
    {
        Directory.CreateDirectory(PluginsDirectory);
        Directory.CreateDirectory(DataDirectory);
    }

    public string Root { get; } = Path.Combine(Path.GetTempPath(), "platform-host-tests", Guid.NewGuid().ToString("N"));

    public string PluginsDirectory => Path.Combine(Root, "plugins");

    public string DataDirectory => Path.Combine(Root, "data");

    /// <summary>Copies a built plugin folder as it is.</summary>
    public PluginsFolder Add(string builtFolder, string? folderName = null)
    {
        Copy(builtFolder, Path.Combine(PluginsDirectory, folderName ?? Path.GetFileName(builtFolder)));
        return this;
    }

    /// <summary>Copies the fixture plugins under <paramref name="id"/> with a manifest changed by <paramref name="edit"/>.</summary>
    public PluginsFolder AddFixture(string id, string entryType, Action<JsonObject>? edit = null)
    {
        var target = Path.Combine(PluginsDirectory, id);
        Copy(RepoPaths.BuiltTestPlugins, target);
        var manifest = JsonNode.Parse(File.ReadAllText(Path.Combine(target, "plugin.json")))!.AsObject();
        manifest["id"] = id;
        manifest["name"] = id;
        manifest["entryType"] = $"Platform.TestPlugins.{entryType}";
        edit?.Invoke(manifest);
        File.WriteAllText(Path.Combine(target, "plugin.json"), manifest.ToJsonString(new JsonSerializerOptions { WriteIndented = true }));
        return this;
    }

    /// <summary>Copies the fixture plugins with <paramref name="manifestText"/> written as plugin.json verbatim.</summary>
    public PluginsFolder AddFixtureWithRawManifest(string folderName, string manifestText)
    {
        var target = Path.Combine(PluginsDirectory, folderName);
        Copy(RepoPaths.BuiltTestPlugins, target);
        File.WriteAllText(Path.Combine(target, "plugin.json"), manifestText);
        return this;
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // Plugin assemblies stay mapped while the test process lives; the OS cleans the temp folder.
        }
        catch (UnauthorizedAccessException)
        {
            // As above.
        }
    }

    private static void Copy(string source, string target)
    {
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var destination = Path.Combine(target, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
            File.Copy(file, destination, overwrite: true);
        }
    }
}
