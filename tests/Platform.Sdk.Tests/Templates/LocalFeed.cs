using System.Security;
using Platform.Sdk.Tests.Support;

namespace Platform.Sdk.Tests.Templates;

/// <summary>
/// A NuGet.config for a generated solution: Platform.* from the local feed of packed packages (package source
/// mapping, so a same-named package elsewhere can never win), everything else from the machine's configured sources.
/// Restores go to a fresh packages folder, so no stale Platform package of the same version can come from a cache;
/// third-party packages already in the machine's cache are offered as a read-only fallback folder (every package but
/// the Platform ones), so they are not downloaded again.
/// </summary>
internal static class LocalFeed
{
    public static async Task WriteNuGetConfigAsync(string solutionDirectory, string feed, string fallbackDirectory)
    {
        var sources = await MachineSourcesAsync(solutionDirectory);
        var globalPackages = Environment.GetEnvironmentVariable("NUGET_PACKAGES")
            ?? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");
        Directory.CreateDirectory(fallbackDirectory);
        if (Directory.Exists(globalPackages))
        {
            foreach (var package in Directory.GetDirectories(globalPackages))
            {
                var name = Path.GetFileName(package);
                if (!name.StartsWith("platform.", StringComparison.OrdinalIgnoreCase))
                {
                    Directory.CreateSymbolicLink(Path.Combine(fallbackDirectory, name), package);
                }
            }
        }

        File.WriteAllText(Path.Combine(solutionDirectory, "NuGet.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <clear />
                <add key="platform-local" value="{Escape(feed)}" />
            {string.Concat(sources.Select(s => $"    <add key=\"{Escape(s.Key)}\" value=\"{Escape(s.Url)}\" />\n"))}  </packageSources>
              <packageSourceMapping>
                <clear />
                <packageSource key="platform-local"><package pattern="Platform.*" /></packageSource>
            {string.Concat(sources.Select(s => $"    <packageSource key=\"{Escape(s.Key)}\"><package pattern=\"*\" /></packageSource>\n"))}  </packageSourceMapping>
              <fallbackPackageFolders>
                <clear />
                <add key="machine-cache" value="{Escape(fallbackDirectory)}" />
              </fallbackPackageFolders>
            </configuration>
            """);
    }

    /// <summary>The enabled sources <c>dotnet nuget list source</c> shows here ("E https://…" in its short format).</summary>
    private static async Task<IReadOnlyList<(string Key, string Url)>> MachineSourcesAsync(string directory)
    {
        var list = await ProcessRunner.RunAsync("dotnet", ["nuget", "list", "source", "--format", "short"], directory);
        if (!list.Succeeded)
        {
            throw new InvalidOperationException($"dotnet nuget list source failed:\n{list.Output}");
        }

        return list.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Where(line => line.StartsWith("E ", StringComparison.Ordinal))
            .Select((line, index) => ($"source{index + 1}", line[2..].Trim()))
            .ToList();
    }

    private static string Escape(string value) => SecurityElement.Escape(value);
}
