using System.CommandLine;
using Platform.Host.Hosting;

namespace Platform.Host.Cli;

/// <summary><c>platform serve</c>: runs the web host until stopped. Unrecognised arguments go to ASP.NET Core configuration.</summary>
internal static class ServeCommand
{
    public static Command Create()
    {
        var urls = new Option<string?>("--urls") { Description = $"Addresses to listen on (default: {HostSettings.DefaultUrls})." };
        var dataDir = CommonOptions.DataDirectory();
        var pluginsDir = CommonOptions.PluginsDirectory();
        var command = new Command("serve", "Start the host: load modules, apply migrations, serve HTTP.")
        {
            urls, dataDir, pluginsDir,
        };
        command.TreatUnmatchedTokensAsErrors = false;
        command.SetAction(async (parse, cancellationToken) =>
        {
            var app = await PlatformApplication.BuildAsync(
                new PlatformHostOptions
                {
                    Args = [.. parse.UnmatchedTokens],
                    Urls = parse.GetValue(urls),
                    DataDirectory = parse.GetValue(dataDir),
                    PluginsDirectory = parse.GetValue(pluginsDir),
                },
                cancellationToken);
            await app.RunAsync();
            return 0;
        });
        return command;
    }
}
