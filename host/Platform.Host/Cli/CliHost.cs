using NuGet.Versioning;
using Platform.Core.Hosting;
using Platform.Core.Modules;
using Platform.Core.Packaging;
using Platform.Host.Hosting;
using Platform.Host.Modules;

namespace Platform.Host.Cli;

/// <summary>What the packaging, licence and bundle commands need of the host: settings, trust, a kernel to resolve with.</summary>
internal sealed class CliHost
{
    private CliHost(IConfiguration configuration, HostSettings settings)
    {
        Configuration = configuration;
        Settings = settings;
    }

    public IConfiguration Configuration { get; }

    public HostSettings Settings { get; }

    /// <summary>The host's own version (bundles name the host versions they run on).</summary>
    public static NuGetVersion Version { get; } = ContractCatalog.VersionOf(typeof(CliHost).Assembly) ?? new NuGetVersion(0, 0, 0);

    public static CliHost Resolve(string? dataDirectory, string? pluginsDirectory)
    {
        var configuration = HostKernel.CommandConfiguration();
        return new CliHost(configuration, HostSettings.Resolve(configuration, null, dataDirectory, pluginsDirectory));
    }

    public TrustedKeys PluginKeys() => TrustSettings.PluginKeys(Configuration, Settings.DataDirectory);

    public bool RequireSignatures => TrustSettings.RequireSignatures(Configuration);

    /// <summary>A kernel with the engines linked, for resolving without loading (it never boots here).</summary>
    public PlatformKernel Kernel()
    {
        var loggerFactory = LoggerFactory.Create(logging => logging.SetMinimumLevel(LogLevel.Critical));
        return HostKernel.Create(Settings, loggerFactory, applyMigrations: false, Configuration);
    }

    public static async Task<int> FailAsync(string message)
    {
        await Console.Error.WriteLineAsync(message);
        return 1;
    }
}
