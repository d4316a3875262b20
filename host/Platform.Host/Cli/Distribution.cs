using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Platform.Core.Packaging;
using Platform.Core.Packaging.Bundles;

namespace Platform.Host.Cli;

/// <summary>
/// Writes a bundle's runnable distribution:
/// <c>host/</c> (the host build, its <c>appsettings.json</c> carrying the bundle's settings, the trusted keys and
/// <c>Platform:Plugins:RequireSignatures=true</c>), <c>plugins/</c> (exactly the bundle's plugins, installed from their
/// verified packages), <c>setup/</c>, <c>bundle.json</c> + <c>bundle.lock.json</c>, and two scripts:
/// <c>platform</c> (the command line on this distribution) and <c>run.sh</c> (first-start setup steps, then serve).
/// </summary>
internal static class Distribution
{
    public static string Write(string bundleDirectory, BundleCheck check, string output, string hostDirectory)
    {
        var bundle = check.Bundle!;
        if (Directory.Exists(output) && Directory.EnumerateFileSystemEntries(output).Any())
        {
            throw new PackagingException($"{output} is not empty; choose a new folder.");
        }

        if (!File.Exists(Path.Combine(hostDirectory, "Platform.Host.dll")))
        {
            throw new PackagingException($"{hostDirectory} holds no Platform.Host.dll; give the host build with --host-dir.");
        }

        try
        {
            Directory.CreateDirectory(output);
            Copy(hostDirectory, Path.Combine(output, "host"));
            foreach (var (package, _) in check.Packages.Values)
            {
                PluginInstaller.Install(package, Path.Combine(output, "plugins"), upgrade: false);
            }

            Directory.CreateDirectory(Path.Combine(output, "plugins"));
            WriteSettings(Path.Combine(output, "host", "appsettings.json"), bundleDirectory, bundle, check);
            foreach (var step in bundle.Setup.Where(s => s.Run == BundleSetupStep.OrgImport))
            {
                var target = Path.Combine(output, "setup", Path.GetFileName(step.File));
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                File.Copy(Path.Combine(bundleDirectory, step.File), target, overwrite: true);
            }

            File.Copy(Path.Combine(bundleDirectory, BundleManifest.FileName), Path.Combine(output, BundleManifest.FileName));
            File.Copy(Path.Combine(bundleDirectory, BundleLock.FileName), Path.Combine(output, BundleLock.FileName));
            Script(Path.Combine(output, "platform"), PlatformScript);
            Script(Path.Combine(output, "run.sh"), RunScript(bundle));
            return output;
        }
        catch
        {
            try
            {
                Directory.Delete(output, recursive: true);
            }
            catch (IOException)
            {
                // Leave it; the error that got us here matters more.
            }

            throw;
        }
    }

    private const string PlatformScript = """
        #!/usr/bin/env sh
        # The platform command line on this distribution: its plugins, its data (PLATFORM_DATA, default ./data).
        set -eu
        here="$(cd "$(dirname "$0")" && pwd)"
        export Platform__PluginsDirectory="$here/plugins"
        export Platform__DataDirectory="${PLATFORM_DATA:-$here/data}"
        exec dotnet "$here/host/Platform.Host.dll" "$@"

        """;

    private static string RunScript(BundleManifest bundle)
    {
        var text = new StringBuilder($$"""
            #!/usr/bin/env sh
            # Starts {{bundle.Name}} {{bundle.Version}}. The first start runs the bundle's setup steps. Arguments go to `platform serve`
            # (e.g. --urls http://0.0.0.0:8080). Data: PLATFORM_DATA, default ./data.
            set -eu
            here="$(cd "$(dirname "$0")" && pwd)"
            data="${PLATFORM_DATA:-$here/data}"
            if [ ! -f "$data/.bundle-setup-done" ]; then

            """);
        foreach (var step in bundle.Setup)
        {
            text.Append(step.Run == BundleSetupStep.DemoData
                ? "  \"$here/platform\" demo seed\n"
                : $"  \"$here/platform\" org import \"$here/setup/{Path.GetFileName(step.File)}\"\n");
        }

        text.Append("""
              mkdir -p "$data"
              touch "$data/.bundle-setup-done"
            fi
            exec "$here/platform" serve "$@"

            """);
        return text.ToString();
    }

    private static void WriteSettings(string file, string bundleDirectory, BundleManifest bundle, BundleCheck check)
    {
        var root = File.Exists(file) ? JsonNode.Parse(File.ReadAllText(file))!.AsObject() : [];
        foreach (var (key, value) in bundle.Settings)
        {
            Set(root, key, value);
        }

        Set(root, "Platform:Plugins:RequireSignatures", "true");
        var hostKeys = CliHost.Resolve(null, null).PluginKeys();
        var pluginKeys = new TrustedKeys()
            .AddDirectory(Path.Combine(bundleDirectory, bundle.Trust, "plugins"))
            .AddConfigured(hostKeys.KeyIds.Select(id => new KeyValuePair<string, string?>(id, hostKeys.PemOf(id))));
        foreach (var keyId in check.Packages.Values.Select(p => p.Package.Signature.KeyId).Distinct(StringComparer.Ordinal))
        {
            Set(root, $"Platform:Plugins:TrustedKeys:{keyId}", pluginKeys.PemOf(keyId)!);
        }

        var issuers = new TrustedKeys().AddDirectory(Path.Combine(bundleDirectory, bundle.Trust, "licenses"));
        foreach (var keyId in issuers.KeyIds)
        {
            Set(root, $"Platform:Licensing:TrustedKeys:{keyId}", issuers.PemOf(keyId)!);
        }

        Set(root, "Platform:Bundle", $"{bundle.Name} {bundle.Version}");
        File.WriteAllText(file, root.ToJsonString(new JsonSerializerOptions { WriteIndented = true }) + "\n");
    }

    private static void Set(JsonObject root, string key, string value)
    {
        var parts = key.Split(':');
        var node = root;
        foreach (var part in parts[..^1])
        {
            if (node[part] is not JsonObject child)
            {
                child = [];
                node[part] = child;
            }

            node = child;
        }

        node[parts[^1]] = value;
    }

    private static void Script(string path, string content)
    {
        File.WriteAllText(path, content.Replace("\r\n", "\n", StringComparison.Ordinal));
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute | UnixFileMode.GroupRead | UnixFileMode.GroupExecute | UnixFileMode.OtherRead | UnixFileMode.OtherExecute);
        }
    }

    private static void Copy(string source, string target)
    {
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(source, file);
            var first = relative.Split(Path.DirectorySeparatorChar)[0];
            if (first is "data" or "plugins")
            {
                continue;
            }

            var destination = Path.Combine(target, relative);
            Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
            File.Copy(file, destination);
        }
    }
}
