using Platform.Architecture.Tests.Model;

namespace Platform.Architecture.Tests.Rules;

/// <summary>
/// The assembly-level form of the rules: namespaces (and assemblies of the same name) a project's types must not
/// depend on. Apps, engines and hosts are taken from the discovered projects, so new ones are covered.
/// Folder = project = assembly = root namespace.
/// </summary>
internal static class ForbiddenDependencies
{
    public const string EntityFrameworkCore = "Microsoft.EntityFrameworkCore";
    public const string Sqlite = "Microsoft.Data.Sqlite";
    public const string AspNetCore = "Microsoft.AspNetCore";
    public const string Kernel = RepositoryPath.KernelName;
    public const string Host = "Platform.Host";
    public const string AppLevel = "Platform.Apps";

    public static IReadOnlyList<string> For(ProjectFile project, IReadOnlyCollection<ProjectFile> all)
    {
        var apps = all.Where(p => p.Area == ProjectArea.Apps).Select(p => p.Name);
        var hosts = all.Where(p => p.Area == ProjectArea.Host).Select(p => p.Name).Append(Host);
        var engines = all.Where(p => p.IsEngine).Select(p => p.Name);

        IEnumerable<string> forbidden = project.Area switch
        {
            ProjectArea.Contracts => [EntityFrameworkCore, Sqlite, Kernel, .. hosts, .. apps, .. project.Name == ContractRules.WebContract ? Array.Empty<string>() : [AspNetCore]],
            ProjectArea.Core => [AppLevel, .. hosts, .. apps, .. engines.Where(e => e != project.Name)],
            ProjectArea.Apps => [Kernel, .. hosts, .. apps.Where(a => a != project.Name)],
            ProjectArea.Host => apps,
            _ => [],
        };

        // Drop names that lie under another entry (e.g. an engine under Platform.Core): one violation per cause.
        var distinct = forbidden.Distinct(StringComparer.Ordinal).ToList();
        return distinct.Where(n => !distinct.Any(other => other != n && NamespaceName.IsUnder(n, other))).Order(StringComparer.Ordinal).ToList();
    }
}
