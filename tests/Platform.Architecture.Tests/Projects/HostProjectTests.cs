using Platform.Architecture.Tests.Discovery;
using Platform.Architecture.Tests.Rules;

namespace Platform.Architecture.Tests.Projects;

/// <summary>Rule 4 on the project files of host/*: the host composes everything but loads apps as plugins.</summary>
public sealed class HostProjectTests
{
    [TestCaseSource(typeof(ProjectCases), nameof(ProjectCases.Host))]
    public void Host_never_references_an_app_at_compile_time(string project) =>
        Violations.AssertNone(DependencyRules.Check(ProjectCatalog.Current.Get(project)));
}
