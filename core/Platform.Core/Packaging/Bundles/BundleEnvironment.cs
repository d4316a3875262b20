using NuGet.Versioning;
using Platform.Contracts.Modules;

namespace Platform.Core.Packaging.Bundles;

/// <summary>What a bundle is checked against: the host that will run it.</summary>
/// <param name="HostVersion">The host's version.</param>
/// <param name="Linked">Modules linked into the host (kernel, engines).</param>
/// <param name="Preview">Resolves the linked modules with the given plugins as start-up would (<c>PlatformKernel.Preview</c>).</param>
public sealed record BundleEnvironment(
    NuGetVersion HostVersion,
    IReadOnlyList<PluginManifest> Linked,
    Func<IEnumerable<(PluginManifest Manifest, string Location)>, IReadOnlyList<ModuleInfo>> Preview)
{
    /// <summary>A packages folder to use instead of the bundle's own.</summary>
    public string? PackagesDirectory { get; init; }

    /// <summary>The time licences are checked at.</summary>
    public DateTimeOffset Now { get; init; }
}
