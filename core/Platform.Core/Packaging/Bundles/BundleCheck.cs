namespace Platform.Core.Packaging.Bundles;

/// <summary>The result of checking a bundle: every problem found (the bundle is usable only when there is none) and warnings.</summary>
/// <param name="Bundle">The bundle, when <c>bundle.json</c> is readable.</param>
/// <param name="Lock">The lock file, when present and readable.</param>
/// <param name="Packages">The verified plugin packages, by module id.</param>
/// <param name="Problems">What must be fixed before the bundle can be built.</param>
/// <param name="Warnings">What the integrator should know (e.g. licensed modules without a licence in the bundle).</param>
public sealed record BundleCheck(
    BundleManifest? Bundle,
    BundleLock? Lock,
    IReadOnlyDictionary<string, (PluginPackage Package, string File)> Packages,
    IReadOnlyList<string> Problems,
    IReadOnlyList<string> Warnings)
{
    /// <summary>Whether the bundle can be built.</summary>
    public bool Ok => Problems.Count == 0;
}
