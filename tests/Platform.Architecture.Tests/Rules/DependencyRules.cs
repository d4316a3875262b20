using Platform.Architecture.Tests.Model;

namespace Platform.Architecture.Tests.Rules;

/// <summary>The project-level dependency rules of docs/architecture.md. Each violation is one message naming the project and the reference.</summary>
internal static class DependencyRules
{
    public static IReadOnlyList<string> Check(ProjectFile project) => project.Area switch
    {
        ProjectArea.Contracts => ContractRules.Check(project),
        ProjectArea.Core => CoreRules.Check(project),
        ProjectArea.Apps => AppRules.Check(project),
        ProjectArea.Host => HostRules.Check(project),
        _ => [],
    };

    internal static string Violation(ProjectFile project, object reference, string rule) =>
        $"{project} references {reference}: {rule}";

    internal static string Unresolvable(ProjectFile project, ProjectReferenceItem reference) =>
        $"{project} references '{reference.Include}', which uses MSBuild properties the architecture tests cannot resolve; write the path relative to the project or with $(RepoRoot).";
}
