using Platform.Architecture.Tests.Model;

namespace Platform.Architecture.Tests.Rules;

/// <summary>
/// Rule 3: an engine (core/Platform.Core.X) references the kernel (Platform.Core), its own contract and other engines'
/// contracts (api-contracts/Platform.Contracts*) only — engines talk to each other through contracts. The kernel
/// references contracts only. Nothing in core/ references apps, the host or app-level contracts (Platform.Apps.*).
/// </summary>
internal static class CoreRules
{
    public const string EngineContractPrefix = "Platform.Contracts";

    public static IReadOnlyList<string> Check(ProjectFile project)
    {
        var violations = new List<string>();
        foreach (var reference in project.ProjectReferences)
        {
            if (reference.RelativePath is null)
            {
                violations.Add(DependencyRules.Unresolvable(project, reference));
            }
            else if (Rule(project, reference) is { } rule)
            {
                violations.Add(DependencyRules.Violation(project, reference, rule));
            }
        }

        foreach (var package in project.PackageReferences.Where(p => NamespaceName.IsUnder(p.Name, "Platform.Host")))
        {
            violations.Add(DependencyRules.Violation(project, $"package {package.Name}", "core never references the host."));
        }

        return violations;
    }

    /// <summary>Why the reference is not allowed, or <see langword="null"/> if it is.</summary>
    private static string? Rule(ProjectFile project, ProjectReferenceItem reference) => reference.Area switch
    {
        ProjectArea.Contracts when NamespaceName.IsUnder(reference.ProjectName, EngineContractPrefix) => null,
        ProjectArea.Contracts => $"core references only the kernel and engine contracts ({EngineContractPrefix}*), not app-level contracts.",
        ProjectArea.Core when reference.IsKernel && project.IsEngine => null,
        ProjectArea.Core when project.IsKernel => "the kernel never references an engine; engines plug into the kernel.",
        ProjectArea.Core => "an engine never references another engine's implementation; reference its contract (api-contracts/Platform.Contracts.*) instead.",
        ProjectArea.Apps => "nothing references apps at compile time; the host loads them as plugins.",
        ProjectArea.Host => "core never references the host.",
        _ => "core references only Platform.Core and api-contracts projects.",
    };
}
