using Platform.Architecture.Tests.Discovery;
using Platform.Architecture.Tests.Rules;

namespace Platform.Architecture.Tests.Assemblies;

/// <summary>Rule 4 in IL: host types never depend on an app's namespace — apps are loaded, not linked.</summary>
public sealed class HostAssemblyTests
{
    [TestCaseSource(typeof(ProjectCases), nameof(ProjectCases.Host))]
    public void Host_types_do_not_depend_on_apps(string project)
    {
        var catalog = ProjectCatalog.Current;
        var host = catalog.Get(project);
        var forbidden = ForbiddenDependencies.For(host, [.. catalog.Projects]);
        var assembly = Path.Combine(catalog.Root, host.RelativeDirectory, "bin", BuildOutput.Configuration, BuildOutput.TargetFramework, host.Name + ".dll");
        if (!File.Exists(assembly))
        {
            Assert.Fail($"{host}: {assembly} does not exist. {BuildOutput.BuildFirst}");
        }

        var violations = AssemblyDependencyChecker.FindTypeDependencies(AssemblyDependencyChecker.TypesIn(assembly), forbidden)
            .Concat(AssemblyDependencyChecker.FindAssemblyReferences(assembly, forbidden))
            .ToList();

        Violations.AssertNone(violations);
    }
}
