using System.CommandLine;

namespace Platform.Host.Cli;

/// <summary>Options several commands share.</summary>
internal static class CommonOptions
{
    public static Option<string?> DataDirectory() => new("--data-dir")
    {
        Description = "Directory of the database and module files (default: Platform:DataDirectory, else ./data).",
    };

    public static Option<string?> PluginsDirectory() => new("--plugins-dir")
    {
        Description = "Directory whose sub-folders are plugins (default: Platform:PluginsDirectory, else ./plugins).",
    };
}
