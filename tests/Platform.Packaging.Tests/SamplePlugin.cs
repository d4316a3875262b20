using System.Text.Json.Nodes;

namespace Platform.Packaging.Tests;

/// <summary>A plugin folder on disk: a plugin.json and a few files (no real assembly is needed to pack or verify).</summary>
internal static class SamplePlugin
{
    public static string Write(string folder, string id = "acme.visits", string version = "1.2.0", Action<JsonObject>? edit = null)
    {
        Directory.CreateDirectory(Path.Combine(folder, "de"));
        var manifest = new JsonObject
        {
            ["id"] = id,
            ["version"] = version,
            ["name"] = "Visits",
            ["vendor"] = "Acme",
            ["entryAssembly"] = "Acme.Visits.dll",
            ["contracts"] = new JsonObject { ["Platform.Contracts"] = "[1.0.0, 2.0.0)" },
        };
        edit?.Invoke(manifest);
        File.WriteAllText(Path.Combine(folder, "plugin.json"), manifest.ToJsonString());
        File.WriteAllBytes(Path.Combine(folder, "Acme.Visits.dll"), [1, 2, 3, 4, 5]);
        File.WriteAllText(Path.Combine(folder, "Acme.Visits.deps.json"), "{}");
        File.WriteAllText(Path.Combine(folder, "de", "Acme.Visits.resources.dll"), "resources");
        return folder;
    }
}
