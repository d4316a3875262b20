using Microsoft.Extensions.Configuration;

namespace Platform.Contracts.Modules;

/// <summary>What the host tells a module while it registers its services.</summary>
public interface IModuleContext
{
    /// <summary>The module's manifest as the host read it.</summary>
    PluginManifest Manifest { get; }

    /// <summary>The module's own configuration section (<c>Modules:&lt;id&gt;</c> of the host configuration).</summary>
    IConfiguration Configuration { get; }

    /// <summary>A directory that belongs to this module alone, for files it stores (created on demand by the host).</summary>
    string DataDirectory { get; }
}
