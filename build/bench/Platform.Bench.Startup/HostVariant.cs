namespace Platform.Bench.Startup;

/// <summary>One way of starting the host: which assembly, with which arguments, and where its modules must come from.</summary>
/// <param name="Name">Short name in the report.</param>
/// <param name="Assembly">The host's entry assembly, run with <c>dotnet</c>.</param>
/// <param name="LeadingArguments">Arguments before <c>--urls</c> and <c>--data-dir</c>.</param>
/// <param name="FromPlugins">Whether the modules must be loaded from a plugin folder (else linked statically).</param>
internal sealed record HostVariant(string Name, string Assembly, IReadOnlyList<string> LeadingArguments, bool FromPlugins)
{
    public static readonly string[] ModuleIds = ["news", "documents"];

    public static HostVariant Plugin(string repo) => new(
        "plugin",
        Path.Combine(repo, "host/Platform.Host/bin/Release/net10.0/Platform.Host.dll"),
        ["serve", "--plugins-dir", Path.Combine(repo, "artifacts/plugins")],
        FromPlugins: true);

    public static HostVariant Static(string repo) => new(
        "static",
        Path.Combine(repo, "build/bench/Platform.Bench.StaticHost/bin/Release/net10.0/Platform.Bench.StaticHost.dll"),
        [],
        FromPlugins: false);

    public void EnsureBuilt()
    {
        if (!File.Exists(Assembly))
        {
            throw new BenchmarkException($"{Assembly} is missing; build Release first (build/bench/startup.sh does).");
        }
    }
}
