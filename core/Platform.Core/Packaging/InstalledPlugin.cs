using Platform.Contracts.Modules;

namespace Platform.Core.Packaging;

/// <summary>A plugin folder in the plugins directory.</summary>
/// <param name="Folder">The folder.</param>
/// <param name="Manifest">Its <c>plugin.json</c>, or <see langword="null"/> when unreadable.</param>
/// <param name="Problem">Why the manifest is unreadable.</param>
/// <param name="Verification">The folder checked against its signed hash manifest.</param>
public sealed record InstalledPlugin(string Folder, PluginManifest? Manifest, string? Problem, PluginVerification Verification)
{
    /// <summary>The plugin id (the folder name when the manifest is unreadable).</summary>
    public string Id => Manifest?.Id ?? Path.GetFileName(Folder);
}
