namespace Platform.Architecture.Tests.Model;

/// <summary>One <c>&lt;ProjectReference Include="…"&gt;</c> with the metadata the rules look at.</summary>
/// <param name="Include">The path as written in the project file.</param>
/// <param name="RelativePath">The target, relative to the repository root; <see langword="null"/> when it cannot be resolved statically.</param>
/// <param name="Private">The <c>Private</c> metadata as written, if any.</param>
/// <param name="ExcludeAssets">The <c>ExcludeAssets</c> metadata as written, if any.</param>
/// <param name="ReferenceOutputAssembly">The <c>ReferenceOutputAssembly</c> metadata as written, if any.</param>
internal sealed record ProjectReferenceItem(
    string Include,
    string? RelativePath,
    string? Private,
    string? ExcludeAssets,
    string? ReferenceOutputAssembly)
{
    public ProjectArea Area => RelativePath is null ? ProjectArea.Other : RepositoryPath.AreaOf(RelativePath);

    public string ProjectName => RepositoryPath.ProjectNameOf(RelativePath ?? Include);

    public bool IsKernel => Area == ProjectArea.Core && ProjectName == RepositoryPath.KernelName;

    /// <summary>False only for a build-order reference (<c>ReferenceOutputAssembly="false"</c>): nothing is compiled against.</summary>
    public bool IsCompileTime => !string.Equals(ReferenceOutputAssembly?.Trim(), "false", StringComparison.OrdinalIgnoreCase);

    public override string ToString() => RelativePath ?? Include;
}
