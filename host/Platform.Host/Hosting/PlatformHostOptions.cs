using Platform.Core.Hosting;

namespace Platform.Host.Hosting;

/// <summary>What to build a host with. Unset values come from configuration, then defaults (see <see cref="HostSettings"/>).</summary>
public sealed class PlatformHostOptions
{
    /// <summary>Arguments passed on to ASP.NET Core configuration (e.g. <c>--Logging:LogLevel:Default=Debug</c>).</summary>
    public IReadOnlyList<string> Args { get; init; } = [];

    /// <summary>Addresses to listen on.</summary>
    public string? Urls { get; init; }

    /// <summary>Data directory.</summary>
    public string? DataDirectory { get; init; }

    /// <summary>Plugins directory.</summary>
    public string? PluginsDirectory { get; init; }

    /// <summary>Adds modules linked into this host (engines, or apps linked statically) before start-up.</summary>
    public Action<PlatformKernel>? LinkModules { get; init; }

    /// <summary>Extra service registrations, applied before the kernel's.</summary>
    public Action<IServiceCollection>? ConfigureServices { get; init; }
}
