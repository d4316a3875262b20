namespace Platform.Contracts.Modules;

/// <summary>A module as the host sees it after start-up.</summary>
/// <param name="Id">Module id.</param>
/// <param name="Version">Module version, or <see langword="null"/> when its manifest could not be read.</param>
/// <param name="Name">Display name.</param>
/// <param name="Kind">Engine or app.</param>
/// <param name="State">Where the module ended up.</param>
/// <param name="Reason">Why it is not loaded, in words a person can act on; <see langword="null"/> when loaded.</param>
public sealed record ModuleInfo(string Id, string? Version, string Name, ModuleKind Kind, ModuleState State, string? Reason)
{
    /// <summary>Who ships the module.</summary>
    public string? Vendor { get; init; }

    /// <summary>Where the module was loaded from (plugin folder), if anywhere.</summary>
    public string? Location { get; init; }

    /// <summary>Contract packages the module requires, each with the version the host provides.</summary>
    public IReadOnlyList<VersionRequirement> Contracts { get; init; } = [];

    /// <summary>Modules this module depends on, each with the version installed.</summary>
    public IReadOnlyList<VersionRequirement> Dependencies { get; init; } = [];

    /// <summary>Whether the module needs a licence, which one covers it, and warnings about it.</summary>
    public ModuleLicense License { get; init; } = ModuleLicense.NotRequired;
}
