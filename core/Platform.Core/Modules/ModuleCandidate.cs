using System.Reflection;
using McMaster.NETCore.Plugins;
using Platform.Contracts.Modules;

namespace Platform.Core.Modules;

/// <summary>A module on its way through start-up: found, checked, loaded, migrated, registered — or stopped with a reason.</summary>
internal sealed class ModuleCandidate
{
    public ModuleCandidate(string id, ModuleKind kind, PluginManifest? manifest, string? location)
    {
        Id = id;
        Kind = kind;
        Manifest = manifest;
        Location = location;
    }

    public string Id { get; }

    public ModuleKind Kind { get; }

    public PluginManifest? Manifest { get; }

    /// <summary>Plugin folder, or <see langword="null"/> for a module linked into the host.</summary>
    public string? Location { get; }

    public ModuleState State { get; private set; } = ModuleState.Loaded;

    public string? Reason { get; private set; }

    public bool IsAlive => State == ModuleState.Loaded;

    public IReadOnlyList<VersionRequirement> Contracts { get; set; } = [];

    public IReadOnlyList<VersionRequirement> Dependencies { get; set; } = [];

    /// <summary>The module instance; set for linked modules up front and for plugins once loaded.</summary>
    public IModule? Instance { get; set; }

    public Assembly? Assembly { get; set; }

    public PluginLoader? Loader { get; set; }

    public Type? DatabaseContext { get; set; }

    /// <summary>Migrations not yet applied (only counted when start-up does not apply them).</summary>
    public IReadOnlyList<string> PendingMigrations { get; set; } = [];

    /// <summary>Stops the module with a reason; the first reason wins.</summary>
    public void Stop(ModuleState state, string reason)
    {
        if (!IsAlive)
        {
            return;
        }

        State = state;
        Reason = reason;
    }

    /// <summary>Whether the module needs a licence and has one; set by the licence check at start-up.</summary>
    public ModuleLicense License { get; set; } = ModuleLicense.NotRequired;

    public ModuleInfo ToInfo() => new(Id, Manifest?.Version, Manifest?.Name ?? Id, Kind, State, Reason)
    {
        License = License,
        Vendor = Manifest?.Vendor,
        Location = Location,
        Contracts = Contracts,
        Dependencies = Dependencies,
    };
}
