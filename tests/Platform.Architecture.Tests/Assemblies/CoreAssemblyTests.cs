using Platform.Architecture.Tests.Discovery;
using Platform.Architecture.Tests.Rules;

namespace Platform.Architecture.Tests.Assemblies;

/// <summary>Rule 3 in IL: core types depend on no other engine, no app, no app-level contract and not on the host.</summary>
public sealed class CoreAssemblyTests
{
    [TestCaseSource(typeof(ProjectCases), nameof(ProjectCases.Core))]
    public void Core_types_do_not_depend_on_other_engines_apps_or_host(string project)
    {
        var catalog = ProjectCatalog.Current;
        var core = catalog.Get(project);
        var forbidden = ForbiddenDependencies.For(core, [.. catalog.Projects]);
        var assembly = BuildOutput.ReferencedAssembly(core.Name);

        var violations = AssemblyDependencyChecker.FindTypeDependencies(AssemblyDependencyChecker.TypesIn(assembly), forbidden)
            .Concat(AssemblyDependencyChecker.FindAssemblyReferences(assembly, forbidden))
            .ToList();

        Violations.AssertNone(violations);
    }
}
