using Platform.Architecture.Tests.Model;

namespace Platform.Architecture.Tests.Rules;

/// <summary>
/// Rule 2: apps reference only api-contracts/* — never core/*, the host or another app — and never copy a contract
/// (build/Plugin.targets makes contract references Private=false, ExcludeAssets=runtime; a project must not undo that).
/// </summary>
internal static class AppRules
{
    public const string PluginProjectType = "Plugin";

    public static IReadOnlyList<string> Check(ProjectFile project)
    {
        var violations = new List<string>();
        foreach (var reference in project.ProjectReferences)
        {
            if (reference.RelativePath is null)
            {
                violations.Add(DependencyRules.Unresolvable(project, reference));
                continue;
            }

            if (reference.Area != ProjectArea.Contracts)
            {
                violations.Add(DependencyRules.Violation(project, reference, Describe(reference.Area)));
                continue;
            }

            if (string.Equals(reference.Private?.Trim(), "true", StringComparison.OrdinalIgnoreCase))
            {
                violations.Add(DependencyRules.Violation(project, reference, "Private=\"true\" copies the contract into the plugin; the host's copy must be the only one (leave the Plugin.targets default Private=false)."));
            }

            if (reference.ExcludeAssets is { } exclude && !ExcludesRuntime(exclude))
            {
                violations.Add(DependencyRules.Violation(project, reference, $"ExcludeAssets=\"{exclude}\" lets the contract's runtime assets flow into the plugin; it must include 'runtime' (the Plugin.targets default)."));
            }
        }

        foreach (var package in project.PackageReferences.Where(p => NamespaceName.IsUnder(p.Name, "Platform.Core") || NamespaceName.IsUnder(p.Name, "Platform.Host")))
        {
            violations.Add(DependencyRules.Violation(project, $"package {package.Name}", "apps reference only contracts, never core or the host."));
        }

        var projectType = project.Property("ProjectType");
        if (projectType is not null && projectType != PluginProjectType)
        {
            violations.Add($"{project} sets ProjectType '{projectType}': apps must stay of kind {PluginProjectType} (dynamic loading, contracts not copied, output to artifacts/plugins/).");
        }

        return violations;
    }

    private static bool ExcludesRuntime(string excludeAssets) =>
        excludeAssets.Split(';', StringSplitOptions.TrimEntries).Any(a => a.Equals("runtime", StringComparison.OrdinalIgnoreCase) || a.Equals("all", StringComparison.OrdinalIgnoreCase));

    private static string Describe(ProjectArea area) => area switch
    {
        ProjectArea.Core => "apps never reference core/*; use the engine's contract (api-contracts/Platform.Contracts.*) instead.",
        ProjectArea.Apps => "apps never reference another app; they cooperate through Platform.Apps.Api requests and notifications.",
        ProjectArea.Host => "apps never reference the host; it loads them.",
        _ => "apps reference only api-contracts/* projects.",
    };
}
