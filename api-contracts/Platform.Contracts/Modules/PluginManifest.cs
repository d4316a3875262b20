namespace Platform.Contracts.Modules;

/// <summary>
/// The manifest of a module, read from a plugin's <c>plugin.json</c> (engines carry one in code).
/// </summary>
/// <param name="Id">Stable identifier: lower case letters, digits, dots and dashes (e.g. <c>news</c>, <c>acme.visits</c>). Also the URL segment of its endpoints.</param>
/// <param name="Version">The module's own SemVer version.</param>
/// <param name="Name">Display name.</param>
/// <param name="Vendor">Who ships the module.</param>
/// <param name="EntryAssembly">File name of the assembly holding the <see cref="IModule"/> implementation.</param>
public sealed record PluginManifest(string Id, string Version, string Name, string Vendor, string EntryAssembly)
{
    /// <summary>What the module does, in one or two sentences.</summary>
    public string? Description { get; init; }

    /// <summary>Full name of the <see cref="IModule"/> type, when the entry assembly holds more than one.</summary>
    public string? EntryType { get; init; }

    /// <summary>Contract packages the module compiles against, each with a NuGet version range, e.g. <c>"Platform.Contracts": "[1.0, 2.0)"</c>.</summary>
    public IReadOnlyDictionary<string, string> Contracts { get; init; } = new Dictionary<string, string>();

    /// <summary>Other modules this one needs, by id, each with a NuGet version range.</summary>
    public IReadOnlyDictionary<string, string> Dependencies { get; init; } = new Dictionary<string, string>();

    /// <summary>Whether the host may load the module only with a valid licence naming it.</summary>
    public bool RequiresLicense { get; init; }

    /// <summary>
    /// The day this version was released (<c>"released": "2026-11-20"</c> in <c>plugin.json</c>). A licence covers the
    /// versions released on or before its maintenance end; required when <see cref="RequiresLicense"/> is set.
    /// </summary>
    public DateOnly? Released { get; init; }
}
