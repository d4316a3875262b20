using Platform.Contracts.Modules;

namespace Platform.Core.Modules;

/// <summary>Finds plugins: every sub-folder of the plugins directory that holds a <c>plugin.json</c> (folders starting with '.' are an installer's work in progress and skipped).</summary>
internal static class PluginDiscovery
{
    public static IReadOnlyList<ModuleCandidate> Discover(string pluginsDirectory)
    {
        if (!Directory.Exists(pluginsDirectory))
        {
            return [];
        }

        var found = new List<ModuleCandidate>();
        foreach (var folder in Directory.EnumerateDirectories(pluginsDirectory).Order(StringComparer.Ordinal))
        {
            var manifestFile = Path.Combine(folder, ManifestReader.FileName);
            if (Path.GetFileName(folder).StartsWith('.') || !File.Exists(manifestFile))
            {
                continue;
            }

            var (manifest, problems) = ManifestReader.Parse(File.ReadAllText(manifestFile));
            var id = manifest?.Id ?? Path.GetFileName(folder);
            var candidate = new ModuleCandidate(id, ModuleKind.App, manifest, Path.GetFullPath(folder));
            if (manifest is null)
            {
                candidate.Stop(ModuleState.Failed, $"{ManifestReader.FileName} is malformed: {string.Join("; ", problems)}.");
            }

            found.Add(candidate);
        }

        return found;
    }
}
