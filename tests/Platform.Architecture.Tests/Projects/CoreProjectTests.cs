using Platform.Architecture.Tests.Discovery;
using Platform.Architecture.Tests.Rules;

namespace Platform.Architecture.Tests.Projects;

/// <summary>Rule 3 on the project files of core/*: engines reference the kernel and contracts only, the kernel contracts only.</summary>
public sealed class CoreProjectTests
{
    [TestCaseSource(typeof(ProjectCases), nameof(ProjectCases.Core))]
    public void Core_project_references_only_the_kernel_and_engine_contracts(string project) =>
        Violations.AssertNone(DependencyRules.Check(ProjectCatalog.Current.Get(project)));
}
