using Platform.Architecture.Tests.Model;

namespace Platform.Architecture.Tests.Discovery;

/// <summary>Every project under api-contracts/, core/, apps/ and host/, found on disk each run.</summary>
internal sealed class ProjectCatalog
{
    private static readonly string[] Areas = ["api-contracts", "core", "apps", "host"];

    private static readonly Lazy<ProjectCatalog> Lazy = new(() => Discover(RepositoryRoot.Path));

    private ProjectCatalog(string root, IReadOnlyList<ProjectFile> projects)
    {
        Root = root;
        Projects = projects;
    }

    public static ProjectCatalog Current => Lazy.Value;

    public string Root { get; }

    public IReadOnlyList<ProjectFile> Projects { get; }

    public IEnumerable<ProjectFile> In(ProjectArea area) => Projects.Where(p => p.Area == area);

    public ProjectFile Get(string relativePath) =>
        Projects.SingleOrDefault(p => p.RelativePath == relativePath)
        ?? throw new InvalidOperationException($"{relativePath} is not a discovered project.");

    /// <summary>Absolute path of a file in a project's folder.</summary>
    public string PathOf(ProjectFile project, string fileName) =>
        Path.Combine(Root, project.RelativeDirectory, fileName);

    public static ProjectCatalog Discover(string root)
    {
        var projects = Areas
            .Select(area => Path.Combine(root, area))
            .Where(Directory.Exists)
            .SelectMany(area => Directory.EnumerateFiles(area, "*.csproj", SearchOption.AllDirectories))
            .Where(path => !IsBuildOutput(RepositoryPath.Relative(root, path)))
            .Select(path => ProjectFile.Load(root, path))
            .OrderBy(p => p.RelativePath, StringComparer.Ordinal)
            .ToList();
        return new ProjectCatalog(root, projects);
    }

    private static bool IsBuildOutput(string relativePath) =>
        relativePath.Split('/').Any(segment => segment is "bin" or "obj" or "bin-design" or "obj-design");
}
