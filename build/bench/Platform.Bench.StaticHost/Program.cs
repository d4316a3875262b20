using Platform.Bench.StaticHost;
using Platform.Host.Hosting;

// The plugin host's `serve`, with the apps linked statically. --plugins-dir is accepted and ignored: this host loads
// no plugins (its plugins directory is an empty folder beside it, so nothing from the current directory sneaks in).
var parsed = HostArguments.Parse(args);
var app = await PlatformApplication.BuildAsync(new PlatformHostOptions
{
    Args = parsed.Rest,
    Urls = parsed.Urls,
    DataDirectory = parsed.DataDirectory,
    PluginsDirectory = Directory.CreateDirectory(Path.Combine(AppContext.BaseDirectory, "no-plugins")).FullName,
    LinkModules = StaticModules.Link,
});
await app.RunAsync();
