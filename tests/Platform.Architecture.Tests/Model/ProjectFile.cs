using System.Xml.Linq;

namespace Platform.Architecture.Tests.Model;

/// <summary>
/// What a project file says about its dependencies, read statically (no MSBuild evaluation): conditions are ignored,
/// so a conditional reference counts as a reference. Metadata may be written as attributes or as child elements.
/// </summary>
internal sealed record ProjectFile(
    string RelativePath,
    string Sdk,
    IReadOnlyList<ProjectReferenceItem> ProjectReferences,
    IReadOnlyList<PackageReferenceItem> PackageReferences,
    IReadOnlyList<string> FrameworkReferences,
    IReadOnlyDictionary<string, string> Properties)
{
    public string Name => RepositoryPath.ProjectNameOf(RelativePath);

    public ProjectArea Area => RepositoryPath.AreaOf(RelativePath);

    /// <summary>The folder of the project, relative to the repository root.</summary>
    public string RelativeDirectory => Path.GetDirectoryName(RelativePath)!.Replace('\\', '/');

    public bool IsKernel => Area == ProjectArea.Core && Name == RepositoryPath.KernelName;

    public bool IsEngine => Area == ProjectArea.Core && !IsKernel;

    public string? Property(string name) => Properties.TryGetValue(name, out var value) ? value : null;

    public override string ToString() => $"{Name} ({RelativePath})";

    public static ProjectFile Load(string repositoryRoot, string fullPath) =>
        Parse(repositoryRoot, fullPath, XDocument.Load(fullPath));

    /// <param name="repositoryRoot">Absolute path of the repository root.</param>
    /// <param name="fullPath">Absolute path of the project file (need not exist: synthetic projects are checked too).</param>
    /// <param name="document">The project file's XML.</param>
    public static ProjectFile Parse(string repositoryRoot, string fullPath, XDocument document)
    {
        var root = Path.GetFullPath(repositoryRoot);
        var project = document.Root ?? throw new ArgumentException($"{fullPath} has no root element.", nameof(document));
        var directory = Path.GetDirectoryName(Path.GetFullPath(fullPath))!;

        var projectReferences = Items(project, "ProjectReference")
            .SelectMany(item => Includes(item).Select(include => new ProjectReferenceItem(
                include,
                Resolve(root, directory, include),
                Metadata(item, "Private"),
                Metadata(item, "ExcludeAssets"),
                Metadata(item, "ReferenceOutputAssembly"))))
            .ToList();

        var packageReferences = Items(project, "PackageReference")
            .SelectMany(item => Includes(item).Select(name => new PackageReferenceItem(name, Metadata(item, "PrivateAssets"))))
            .ToList();

        var frameworkReferences = Items(project, "FrameworkReference").SelectMany(Includes).ToList();

        var properties = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var property in project.Elements().Where(e => e.Name.LocalName == "PropertyGroup").SelectMany(g => g.Elements()))
        {
            properties[property.Name.LocalName] = property.Value.Trim();
        }

        return new ProjectFile(
            RepositoryPath.Relative(root, Path.GetFullPath(fullPath)),
            ((string?)project.Attribute("Sdk") ?? "").Trim(),
            projectReferences,
            packageReferences,
            frameworkReferences,
            properties);
    }

    private static IEnumerable<XElement> Items(XElement project, string itemType) =>
        project.Descendants().Where(e => e.Name.LocalName == itemType && e.Attribute("Include") is not null);

    private static IEnumerable<string> Includes(XElement item) =>
        ((string)item.Attribute("Include")!).Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private static string? Metadata(XElement item, string name) =>
        (string?)item.Attribute(name) ?? item.Elements().FirstOrDefault(e => e.Name.LocalName == name)?.Value;

    /// <summary>The target relative to the root, or <see langword="null"/> if it uses properties that cannot be resolved here.</summary>
    private static string? Resolve(string root, string projectDirectory, string include)
    {
        var path = include
            .Replace("$(RepoRoot)", root + "/", StringComparison.OrdinalIgnoreCase)
            .Replace("$(MSBuildProjectDirectory)", projectDirectory, StringComparison.OrdinalIgnoreCase)
            .Replace("$(MSBuildThisFileDirectory)", projectDirectory + "/", StringComparison.OrdinalIgnoreCase)
            .Replace('\\', '/');
        if (path.Contains("$(", StringComparison.Ordinal))
        {
            return null;
        }

        return RepositoryPath.Relative(root, Path.GetFullPath(Path.Combine(projectDirectory, path)));
    }
}
