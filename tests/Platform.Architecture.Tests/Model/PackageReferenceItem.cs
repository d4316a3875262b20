namespace Platform.Architecture.Tests.Model;

/// <summary>One <c>&lt;PackageReference Include="…"&gt;</c>.</summary>
/// <param name="Name">The package id.</param>
/// <param name="PrivateAssets">The <c>PrivateAssets</c> metadata as written, if any.</param>
internal sealed record PackageReferenceItem(string Name, string? PrivateAssets)
{
    /// <summary>A build-time-only reference (analyzers, tools): nothing of it flows to consumers.</summary>
    public bool IsPrivate => string.Equals(PrivateAssets?.Trim(), "all", StringComparison.OrdinalIgnoreCase);
}
