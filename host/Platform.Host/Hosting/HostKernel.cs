using Platform.Contracts.Web;
using Platform.Core.Hosting;
using Platform.Host.Modules;

namespace Platform.Host.Hosting;

/// <summary>The kernel as every host command composes it — web host and command line alike.</summary>
public static class HostKernel
{
    /// <summary>A kernel on the host's data and plugins directories with every engine linked.</summary>
    /// <param name="settings">Where data and plugins are.</param>
    /// <param name="loggerFactory">Logs start-up decisions.</param>
    /// <param name="applyMigrations">Whether start-up may change the database (false for commands that only look).</param>
    /// <param name="configuration">Host configuration: trusted keys and the signature policy (none trusted, signatures optional, when absent).</param>
    public static PlatformKernel Create(HostSettings settings, ILoggerFactory loggerFactory, bool applyMigrations = true, IConfiguration? configuration = null)
    {
        configuration ??= new ConfigurationBuilder().Build();
        var kernel = new PlatformKernel(
            new KernelOptions
            {
                DataDirectory = settings.DataDirectory,
                PluginsDirectory = settings.PluginsDirectory,
                ApplyMigrations = applyMigrations,
                PluginTrust = TrustSettings.PluginKeys(configuration, settings.DataDirectory),
                RequireSignatures = TrustSettings.RequireSignatures(configuration),
                Licensing = TrustSettings.Licensing(configuration, settings.DataDirectory, createInstallationId: applyMigrations),
                SharedTypes = [typeof(IWebModule), typeof(IEndpointRouteBuilder), typeof(HttpContext), typeof(IResult)],
            },
            loggerFactory);
        Engines.LinkAll(kernel);
        return kernel;
    }

    /// <summary>Configuration for commands that run without the web host: <c>appsettings.json</c> beside the host, then the environment.</summary>
    public static IConfiguration CommandConfiguration() => new ConfigurationBuilder()
        .SetBasePath(AppContext.BaseDirectory)
        .AddJsonFile("appsettings.json", optional: true)
        .AddEnvironmentVariables()
        .Build();
}
