using Platform.Core.Modules;
using Platform.Core.Persistence;

namespace Platform.Core.Hosting;

/// <summary>How the kernel finds plugins and stores data.</summary>
public sealed class KernelOptions
{
    /// <summary>Directory for the database and module files.</summary>
    public required string DataDirectory { get; init; }

    /// <summary>Directory whose sub-folders are plugins; none are loaded when <see langword="null"/>.</summary>
    public string? PluginsDirectory { get; init; }

    /// <summary>The database; by default a SQLite file <c>platform.db</c> in <see cref="DataDirectory"/>.</summary>
    public IDatabaseProvider? Database { get; init; }

    /// <summary>Contracts this host provides; by default the contract assemblies beside the application.</summary>
    public ContractCatalog? Contracts { get; init; }

    /// <summary>Types whose assemblies plugins must share with the host, beyond the kernel's own list.</summary>
    public IReadOnlyList<Type> SharedTypes { get; init; } = [];

    /// <summary>
    /// Whether start-up applies pending migrations (the default). When <see langword="false"/> — e.g. for
    /// <c>platform modules</c> — the database is left untouched and pending migrations are only counted.
    /// </summary>
    public bool ApplyMigrations { get; init; } = true;
}
