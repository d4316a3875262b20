
namespace Platform.Host.Hosting;

/// <summary>Where the host listens, keeps its data and finds plugins. Command-line options win over configuration (<c>Platform:*</c>).</summary>
/// <param name="Urls">Addresses to listen on, separated by ';'.</param>
/// <param name="DataDirectory">Directory of the database and module files (absolute).</param>
/// <param name="PluginsDirectory">Directory whose sub-folders are plugins (absolute).</param>
public sealed record HostSettings(string Urls, string DataDirectory, string PluginsDirectory)
{
    /// <summary>The default address of the embedded host.</summary>
    public const string DefaultUrls = "http://localhost:5080";

    /// <summary>Resolves settings from explicit values, then configuration, then defaults; relative paths are taken from the current directory.</summary>
    /// <param name="configuration">Host configuration.</param>
    /// <param name="urls">Explicit addresses, or <see langword="null"/>.</param>
    /// <param name="dataDirectory">Explicit data directory, or <see langword="null"/>.</param>
    /// <param name="pluginsDirectory">Explicit plugins directory, or <see langword="null"/>.</param>
    public static HostSettings Resolve(IConfiguration configuration, string? urls, string? dataDirectory, string? pluginsDirectory) => new(
        urls ?? configuration["Platform:Urls"] ?? DefaultUrls,
        Path.GetFullPath(dataDirectory ?? configuration["Platform:DataDirectory"] ?? "data"),
        Path.GetFullPath(pluginsDirectory ?? configuration["Platform:PluginsDirectory"] ?? "plugins"));
}
