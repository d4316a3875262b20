using System.CommandLine;
using Platform.Contracts.Modules;
using Platform.Core.Packaging;
using Platform.Host.Modules;

namespace Platform.Host.Cli;

/// <summary>
/// <c>platform plugin pack|install|list|remove</c>: signed plugin packages. <c>install</c> verifies the signature against
/// the host's trusted vendor keys, resolves the plugin with the engines and installed plugins as start-up would
/// (contracts, dependencies), and unpacks it atomically. Exit code 0 on success, 1 otherwise.
/// </summary>
internal static class PluginCommand
{
    public static Command Create() => new("plugin", "Plugin packages: pack and sign, install, list, remove (docs/signing-and-licences.md).")
    {
        Pack(), Install(), List(), Remove(),
    };

    private static Command Pack()
    {
        var folder = new Argument<DirectoryInfo>("folder") { Description = "The built plugin folder (with plugin.json), e.g. artifacts/plugins/news." };
        var key = new Option<FileInfo>("--key") { Description = "The vendor's private key, <keyId>.private.pem.", Required = true };
        var keyId = new Option<string?>("--key-id") { Description = "The key id, when the key file is not named <keyId>.private.pem." };
        var output = new Option<string?>("--out", "-o") { Description = "Package file or directory (default: <id>-<version>.platform-plugin in the current directory)." };
        var command = new Command("pack", "Pack a plugin folder into a signed package.") { folder, key, keyId, output };
        command.SetAction(async (parse, _) =>
        {
            try
            {
                using var signingKey = SigningKey.Load(parse.GetValue(key)!.FullName, parse.GetValue(keyId));
                var file = PluginPackage.Pack(parse.GetValue(folder)!.FullName, signingKey, parse.GetValue(output));
                Console.WriteLine($"Packed {file} (signed with key '{signingKey.KeyId}').");
                return 0;
            }
            catch (Exception ex) when (ex is PackagingException or IOException or UnauthorizedAccessException)
            {
                return await CliHost.FailAsync(ex.Message);
            }
        });
        return command;
    }

    private static Command Install()
    {
        var package = new Argument<FileInfo>("package") { Description = "A .platform-plugin package." };
        var upgrade = new Option<bool>("--upgrade") { Description = "Replace an installed different version." };
        var dataDir = CommonOptions.DataDirectory();
        var pluginsDir = CommonOptions.PluginsDirectory();
        var command = new Command("install", "Verify a signed package, check it against this host, and install it.") { package, upgrade, dataDir, pluginsDir };
        command.SetAction(async (parse, _) =>
        {
            var host = CliHost.Resolve(parse.GetValue(dataDir), parse.GetValue(pluginsDir));
            PluginPackage opened;
            try
            {
                opened = PluginPackage.Open(parse.GetValue(package)!.FullName, host.PluginKeys());
            }
            catch (Exception ex) when (ex is PackagingException or IOException or UnauthorizedAccessException)
            {
                return await CliHost.FailAsync($"Not installed: {ex.Message}");
            }

            var manifest = opened.Manifest;
            var kernel = host.Kernel();
            var installed = PluginInstaller.List(host.Settings.PluginsDirectory, TrustedKeys.None, requireSignatures: false)
                .Where(p => p.Manifest is not null && p.Id != manifest.Id)
                .Select(p => (p.Manifest!, p.Folder));
            var preview = kernel.Preview([.. installed, (manifest, parse.GetValue(package)!.FullName)]);
            var self = preview.First(m => m.Id == manifest.Id && m.Location == parse.GetValue(package)!.FullName);
            if (self.State != ModuleState.Loaded)
            {
                return await CliHost.FailAsync($"Not installed: {manifest.Id} {manifest.Version} cannot run on this host ({self.State}): {self.Reason}");
            }

            string done;
            try
            {
                done = PluginInstaller.Install(opened, host.Settings.PluginsDirectory, parse.GetValue(upgrade));
            }
            catch (Exception ex) when (ex is PackagingException or IOException or UnauthorizedAccessException)
            {
                return await CliHost.FailAsync($"Not installed: {ex.Message}");
            }

            Console.WriteLine(done);
            if (!done.EndsWith("nothing changed.", StringComparison.Ordinal))
            {
                Console.WriteLine($"Signed by key '{opened.Signature.KeyId}'. Restart the host to load it.");
            }

            if (manifest.RequiresLicense)
            {
                var installation = TrustSettings.Licensing(host.Configuration, host.Settings.DataDirectory).InstallationId;
                Console.WriteLine($"{manifest.Id} requires a licence: install one for installation {installation} with `platform license install FILE`.");
            }

            return 0;
        });
        return command;
    }

    private static Command List()
    {
        var dataDir = CommonOptions.DataDirectory();
        var pluginsDir = CommonOptions.PluginsDirectory();
        var command = new Command("list", "List installed plugins with their versions and signature status.") { dataDir, pluginsDir };
        command.SetAction((parse, _) =>
        {
            var host = CliHost.Resolve(parse.GetValue(dataDir), parse.GetValue(pluginsDir));
            var plugins = PluginInstaller.List(host.Settings.PluginsDirectory, host.PluginKeys(), host.RequireSignatures);
            Console.WriteLine($"plugins: {host.Settings.PluginsDirectory} (signatures {(host.RequireSignatures ? "required" : "optional")})");
            foreach (var plugin in plugins)
            {
                var signature = plugin.Verification switch
                {
                    { CanLoad: false } v => v.Reason,
                    { Signer: { } signer } => $"signed by '{signer}'",
                    { Warning: { } warning } => warning,
                    _ => "ok",
                };
                Console.WriteLine($"{plugin.Id}\t{plugin.Manifest?.Version ?? "?"}\t{plugin.Manifest?.Vendor ?? plugin.Problem}\t{signature}");
            }

            if (plugins.Count == 0)
            {
                Console.WriteLine("No plugins installed.");
            }

            return Task.FromResult(0);
        });
        return command;
    }

    private static Command Remove()
    {
        var id = new Argument<string>("id") { Description = "The plugin id." };
        var force = new Option<bool>("--force") { Description = "Remove even when installed plugins depend on it." };
        var dataDir = CommonOptions.DataDirectory();
        var pluginsDir = CommonOptions.PluginsDirectory();
        var command = new Command("remove", "Remove an installed plugin (its data stays in the database).") { id, force, dataDir, pluginsDir };
        command.SetAction(async (parse, _) =>
        {
            var host = CliHost.Resolve(parse.GetValue(dataDir), parse.GetValue(pluginsDir));
            var target = parse.GetValue(id)!;
            var dependents = PluginInstaller.List(host.Settings.PluginsDirectory, TrustedKeys.None, requireSignatures: false)
                .Where(p => p.Manifest?.Dependencies.ContainsKey(target) == true)
                .Select(p => p.Id)
                .ToList();
            if (dependents.Count > 0 && !parse.GetValue(force))
            {
                return await CliHost.FailAsync($"Not removed: {string.Join(", ", dependents)} depend(s) on '{target}'. Remove them first or use --force.");
            }

            try
            {
                PluginInstaller.Remove(host.Settings.PluginsDirectory, target);
            }
            catch (Exception ex) when (ex is PackagingException or IOException or UnauthorizedAccessException)
            {
                return await CliHost.FailAsync(ex.Message);
            }

            Console.WriteLine($"Removed {target}. Restart the host to unload it; its tables stay in the database.");
            return 0;
        });
        return command;
    }
}
