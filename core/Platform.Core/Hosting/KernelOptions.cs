using Platform.Core.Licensing;
using Platform.Core.Modules;
using Platform.Core.Packaging;
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

    /// <summary>Vendor keys whose plugin signatures the host accepts (see docs/signing-and-licences.md).</summary>
    public TrustedKeys PluginTrust { get; init; } = TrustedKeys.None;

    /// <summary>
    /// Whether only plugins signed by a trusted vendor key load. Off by default (development); a plugin whose files do
    /// not match its hash manifest is refused either way.
    /// </summary>
    public bool RequireSignatures { get; init; }

    /// <summary>Licence files, issuer keys and periods; by default <c>&lt;data&gt;/licenses</c> with no trusted issuer.</summary>
    public LicensingOptions? Licensing { get; init; }

    /// <summary>The clock licence checks use.</summary>
    public TimeProvider Clock { get; init; } = TimeProvider.System;
}
