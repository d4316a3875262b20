using Platform.Architecture.Tests.Model;

namespace Platform.Architecture.Tests.Rules;

/// <summary>
/// Rule 1: api-contracts/* depend only on other contracts, Microsoft.Extensions.*.Abstractions and MediatR.
/// No EF Core, no core/, apps/ or host/, and ASP.NET Core only in the web-contribution contract.
/// </summary>
internal static class ContractRules
{
    /// <summary>The one contract allowed to reference ASP.NET Core (it maps endpoints).</summary>
    public const string WebContract = "Platform.Contracts.Web";

    public const string AspNetCoreFramework = "Microsoft.AspNetCore.App";

    /// <summary>Build-time tooling a contract may use when it is <c>PrivateAssets="all"</c>: nothing of it reaches plugins.</summary>
    private static readonly string[] BuildOnlyPackages = ["Microsoft.CodeAnalysis", "Microsoft.SourceLink", "Microsoft.DotNet.ApiCompat", "MinVer"];

    public static IReadOnlyList<string> Check(ProjectFile project)
    {
        var violations = new List<string>();
        foreach (var reference in project.ProjectReferences)
        {
            if (reference.RelativePath is null)
            {
                violations.Add(DependencyRules.Unresolvable(project, reference));
            }
            else if (reference.Area != ProjectArea.Contracts)
            {
                violations.Add(DependencyRules.Violation(project, reference, $"a contract may reference only other api-contracts/* projects, not {Describe(reference.Area)}."));
            }
        }

        foreach (var package in project.PackageReferences.Where(p => !IsAllowed(p)))
        {
            violations.Add(DependencyRules.Violation(project, $"package {package.Name}", WhyNot(package.Name)));
        }

        var isWeb = project.Name == WebContract;
        foreach (var framework in project.FrameworkReferences.Where(f => !(isWeb && f == AspNetCoreFramework)))
        {
            violations.Add(DependencyRules.Violation(project, $"framework {framework}", $"only {WebContract} may reference the {AspNetCoreFramework} shared framework."));
        }

        var sdk = project.Sdk.Split('/')[0];
        if (!isWeb && sdk != "Microsoft.NET.Sdk")
        {
            violations.Add($"{project} uses the SDK '{project.Sdk}': contracts use Microsoft.NET.Sdk (web SDKs bring ASP.NET Core in; only {WebContract} may reference it).");
        }

        var projectType = project.Property("ProjectType");
        if (projectType is not null && projectType != "Contracts")
        {
            violations.Add($"{project} sets ProjectType '{projectType}': contracts must stay of kind Contracts (public API tracking, package settings).");
        }

        return violations;
    }

    private static bool IsAllowed(PackageReferenceItem package) =>
        package.Name == "MediatR"
        || (NamespaceName.IsUnder(package.Name, "Microsoft.Extensions") && package.Name.EndsWith(".Abstractions", StringComparison.Ordinal))
        || (package.IsPrivate && BuildOnlyPackages.Any(tool => NamespaceName.IsUnder(package.Name, tool)));

    private static string WhyNot(string package) =>
        NamespaceName.IsUnder(package, "Microsoft.EntityFrameworkCore") || NamespaceName.IsUnder(package, "Microsoft.Data.Sqlite")
            ? "contracts must not leak storage: no EF Core types in the plugin ABI."
            : NamespaceName.IsUnder(package, "Microsoft.AspNetCore")
                ? $"no ASP.NET Core in contracts (only {WebContract}, through the shared framework)."
                : "contracts depend only on other contracts, Microsoft.Extensions.*.Abstractions and MediatR.";

    private static string Describe(ProjectArea area) => area switch
    {
        ProjectArea.Core => "core/* (implementations)",
        ProjectArea.Apps => "apps/* (nothing references apps at compile time)",
        ProjectArea.Host => "host/*",
        ProjectArea.Tests => "tests/*",
        _ => "a project outside api-contracts/",
    };
}
