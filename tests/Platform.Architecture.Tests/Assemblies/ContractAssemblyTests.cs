using Platform.Architecture.Tests.Discovery;
using Platform.Architecture.Tests.Rules;

namespace Platform.Architecture.Tests.Assemblies;

/// <summary>Rule 1 in IL: contract types depend on no EF Core, kernel, host or app namespace, and on ASP.NET Core only in the web contract.</summary>
public sealed class ContractAssemblyTests
{
    [TestCaseSource(typeof(ProjectCases), nameof(ProjectCases.Contracts))]
    public void Contract_types_do_not_depend_on_storage_core_host_or_apps(string project)
    {
        var catalog = ProjectCatalog.Current;
        var contract = catalog.Get(project);
        var forbidden = ForbiddenDependencies.For(contract, [.. catalog.Projects]);
        var assembly = BuildOutput.ReferencedAssembly(contract.Name);

        var violations = AssemblyDependencyChecker.FindTypeDependencies(AssemblyDependencyChecker.TypesIn(assembly), forbidden)
            .Concat(AssemblyDependencyChecker.FindAssemblyReferences(assembly, forbidden))
            .ToList();

        Violations.AssertNone(violations);
    }
}
