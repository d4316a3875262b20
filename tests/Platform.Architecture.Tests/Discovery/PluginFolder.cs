using Platform.Architecture.Tests.Model;

namespace Platform.Architecture.Tests.Discovery;

/// <summary>An app's built plugin folder, artifacts/plugins/&lt;id&gt;/; missing or incomplete output fails the calling test.</summary>
internal static class PluginFolder
{
    public static string Of(ProjectCatalog catalog, ProjectFile app)
    {
        var (manifest, error) = PluginManifestFile.Read(catalog.PathOf(app, PluginManifestFile.FileName));
        if (manifest is null)
        {
            Assert.Fail($"{app}: cannot find its built plugin without a valid {PluginManifestFile.FileName}: {error}.");
        }

        var folder = Path.Combine(BuildOutput.PluginsDirectory, manifest!.Id);
        if (!Directory.Exists(folder))
        {
            Assert.Fail($"{app}: the built plugin folder {folder} does not exist. {BuildOutput.BuildFirst}");
        }

        if (!File.Exists(Path.Combine(folder, manifest.EntryAssembly)))
        {
            Assert.Fail($"{app}: {folder} has no {manifest.EntryAssembly} (the entryAssembly of {PluginManifestFile.FileName}). {BuildOutput.BuildFirst}");
        }

        return folder;
    }
}
