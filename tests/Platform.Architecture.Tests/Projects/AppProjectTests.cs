using Platform.Architecture.Tests.Discovery;
using Platform.Architecture.Tests.Model;
using Platform.Architecture.Tests.Rules;

namespace Platform.Architecture.Tests.Projects;

/// <summary>Rule 2 on apps/*: the project file, its plugin.json, and what its build put in artifacts/plugins/&lt;id&gt;/.</summary>
public sealed class AppProjectTests
{
    [TestCaseSource(typeof(ProjectCases), nameof(ProjectCases.Apps))]
    public void App_references_only_contracts_without_copying_them(string project) =>
        Violations.AssertNone(DependencyRules.Check(ProjectCatalog.Current.Get(project)));

    [TestCaseSource(typeof(ProjectCases), nameof(ProjectCases.Apps))]
    public void App_has_a_plugin_manifest_with_id_and_entry_assembly(string project)
    {
        var catalog = ProjectCatalog.Current;
        var (manifest, error) = PluginManifestFile.Read(catalog.PathOf(catalog.Get(project), PluginManifestFile.FileName));

        Assert.That(manifest, Is.Not.Null, $"{project}: every app is a plugin with a {PluginManifestFile.FileName} beside its project file; {error}.");
    }

    [TestCaseSource(typeof(ProjectCases), nameof(ProjectCases.Apps))]
    public void Built_plugin_folder_holds_none_of_what_the_host_provides(string project)
    {
        var catalog = ProjectCatalog.Current;
        var folder = PluginFolder.Of(catalog, catalog.Get(project));
        var contracts = catalog.In(ProjectArea.Contracts).Select(c => c.Name);

        var copied = PluginFolderRules.FindHostProvidedFiles(folder, contracts);

        Assert.That(copied, Is.Empty,
            $"{project}: {folder} holds assemblies the host provides, so two copies of their types would exist: {string.Join(", ", copied)}. " +
            "Contract references must stay Private=false/ExcludeAssets=runtime and host-provided packages ExcludeAssets=runtime (build/Plugin.targets).");
    }
}
