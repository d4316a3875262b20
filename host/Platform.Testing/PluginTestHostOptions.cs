using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Platform.Testing;

/// <summary>What a <see cref="PluginTestHost"/> runs: which plugin folders, with which configuration.</summary>
public sealed class PluginTestHostOptions
{
    /// <summary>The administrator's password on the temporary database (the administrator's login is <c>admin</c>).</summary>
    public const string DefaultAdminPassword = "plugin-test-admin-password";

    /// <summary>
    /// Plugin folders to install, each holding a <c>plugin.json</c> and the plugin's assemblies (a plugin's build output).
    /// Each is copied into the temporary plugins directory, as installing it would.
    /// </summary>
    public IList<string> PluginFolders { get; } = [];

    /// <summary>Configuration entries for the host and its modules, e.g. <c>["Modules:visits:PageSize"] = "20"</c>.</summary>
    public IDictionary<string, string> Configuration { get; } = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);

    /// <summary>The administrator's password; <see cref="PluginTestHost.Client"/> is signed in with it.</summary>
    public string AdminPassword { get; init; } = DefaultAdminPassword;

    /// <summary>
    /// Whether start-up fails when an installed plugin does not reach the <c>Loaded</c> state (default
    /// <see langword="true"/>: the exception carries the state and the host's reason). Turn it off to test how the host
    /// treats a plugin it refuses.
    /// </summary>
    public bool RequireLoaded { get; init; } = true;

    /// <summary>The lowest level of log messages written to the console (default <see cref="LogLevel.Warning"/>).</summary>
    public LogLevel MinimumLogLevel { get; init; } = LogLevel.Warning;

    /// <summary>Extra service registrations applied before the kernel's, e.g. a fake <see cref="TimeProvider"/>.</summary>
    public Action<IServiceCollection>? ConfigureServices { get; init; }
}
