using System.Text.Json;

namespace Platform.Testing;

/// <summary>Installs a plugin folder into a plugins directory the way the host expects it: one sub-folder per plugin.</summary>
internal static class PluginFolder
{
    /// <summary>Copies <paramref name="folder"/> to <c>pluginsDirectory/&lt;id&gt;</c> and returns the plugin's id.</summary>
    public static string Install(string folder, string pluginsDirectory)
    {
        var source = Path.GetFullPath(folder);
        var manifest = Path.Combine(source, "plugin.json");
        if (!File.Exists(manifest))
        {
            throw new PluginTestHostException($"{source} is not a plugin folder: it has no plugin.json. Pass the plugin's build output folder.");
        }

        var id = ReadId(manifest);
        var target = Path.Combine(pluginsDirectory, id);
        if (Directory.Exists(target))
        {
            throw new PluginTestHostException($"Two plugin folders have the id '{id}'.");
        }

        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var destination = Path.Combine(target, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
            File.Copy(file, destination);
        }

        return id;
    }

    private static string ReadId(string manifest)
    {
        try
        {
            using var json = JsonDocument.Parse(File.ReadAllText(manifest));
            if (json.RootElement.ValueKind == JsonValueKind.Object
                && json.RootElement.TryGetProperty("id", out var id)
                && id.ValueKind == JsonValueKind.String
                && !string.IsNullOrWhiteSpace(id.GetString()))
            {
                return id.GetString()!;
            }
        }
        catch (JsonException exception)
        {
            throw new PluginTestHostException($"{manifest} is not valid JSON: {exception.Message}", exception);
        }

        throw new PluginTestHostException($"{manifest} has no \"id\".");
    }
}
