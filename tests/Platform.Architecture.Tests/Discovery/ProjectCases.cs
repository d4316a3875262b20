using Platform.Architecture.Tests.Model;

namespace Platform.Architecture.Tests.Discovery;

/// <summary>Test case sources: one case per discovered project, named after it, so a failure names the project.</summary>
public static class ProjectCases
{
    public static IEnumerable<TestCaseData> Contracts() => In(ProjectArea.Contracts);

    public static IEnumerable<TestCaseData> Core() => In(ProjectArea.Core);

    public static IEnumerable<TestCaseData> Apps() => In(ProjectArea.Apps);

    public static IEnumerable<TestCaseData> Host() => In(ProjectArea.Host);

    private static IEnumerable<TestCaseData> In(ProjectArea area) => Cases(ProjectCatalog.Current.In(area));

    private static IEnumerable<TestCaseData> Cases(IEnumerable<ProjectFile> projects) =>
        projects.Select(p => new TestCaseData(p.RelativePath).SetArgDisplayNames(p.Name));
}
