using Platform.Architecture.Tests.Discovery;
using Platform.Architecture.Tests.Rules;

namespace Platform.Architecture.Tests.Assemblies;

/// <summary>Rule 2 in IL, on the built plugin folder: app types depend on no kernel, engine, host or other app namespace.</summary>
public sealed class AppAssemblyTests
{
    [TestCaseSource(typeof(ProjectCases), nameof(ProjectCases.Apps))]
    public void App_types_do_not_depend_on_core_host_or_other_apps(string project)
    {
        var catalog = ProjectCatalog.Current;
        var app = catalog.Get(project);
        var forbidden = ForbiddenDependencies.For(app, [.. catalog.Projects]);
        var folder = PluginFolder.Of(catalog, app);

        // The plugin folder leaves the contracts out; the copies next to the tests resolve them.
        var types = AssemblyDependencyChecker.TypesInFolder(folder, [BuildOutput.TestDirectory]);
        var violations = AssemblyDependencyChecker.FindTypeDependencies(types, forbidden)
            .Concat(Directory.EnumerateFiles(folder, "*.dll").SelectMany(dll => AssemblyDependencyChecker.FindAssemblyReferences(dll, forbidden)))
            .ToList();

        Violations.AssertNone(violations);
    }
}
