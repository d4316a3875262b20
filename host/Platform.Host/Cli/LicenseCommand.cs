using System.CommandLine;
using System.Globalization;
using Platform.Contracts.Modules;
using Platform.Core.Licensing;
using Platform.Core.Packaging;
using Platform.Host.Modules;

namespace Platform.Host.Cli;

/// <summary>
/// <c>platform license issue</c> (licence issuers: sign a licence for one installation), <c>platform license install FILE</c>
/// and <c>platform license show</c> (hosts: install a licence after checking it; show the installation id, the licences
/// and the licence status of each module). Exit code 0 on success, 1 otherwise.
/// </summary>
internal static class LicenseCommand
{
    public static Command Create() => new("license", "Offline licences: issue, install, show (docs/signing-and-licences.md).") { Issue(), InstallLicense(), Show() };

    private static Command Issue()
    {
        var key = new Option<FileInfo>("--key") { Description = "The issuer's private key, <keyId>.private.pem.", Required = true };
        var keyId = new Option<string?>("--key-id") { Description = "The key id, when the key file is not named <keyId>.private.pem." };
        var from = new Option<FileInfo?>("--from") { Description = "A licence document (JSON: licenseId, customer, installationId, modules [{id, maintenanceEnd}], maxActiveMembers, notBefore, notAfter)." };
        var id = new Option<string?>("--id") { Description = "Licence id." };
        var customer = new Option<string?>("--customer") { Description = "Customer name." };
        var installation = new Option<string?>("--installation") { Description = "The customer's installation id (`platform license show` on their host)." };
        var modules = new Option<string[]>("--module") { Description = "A licensed module as id=yyyy-mm-dd (maintenance end); repeat for more.", AllowMultipleArgumentsPerToken = false };
        var maxMembers = new Option<int?>("--max-members") { Description = "Most active members allowed (default: no limit)." };
        var notBefore = new Option<DateTimeOffset?>("--not-before") { Description = "Valid from (default: a day ago, so a customer clock a little behind still accepts it)." };
        var notAfter = new Option<DateTimeOffset?>("--not-after") { Description = "Valid until (e.g. 2027-12-31T23:59:59Z)." };
        var output = new Option<FileInfo>("--out", "-o") { Description = "The licence file to write (*.platform-license).", Required = true };
        var command = new Command("issue", "Sign a licence with the issuer's private key.")
        {
            key, keyId, from, id, customer, installation, modules, maxMembers, notBefore, notAfter, output,
        };
        command.SetAction(async (parse, _) =>
        {
            try
            {
                var document = parse.GetValue(from) is { } file
                    ? LicenseFile.ParseDocument(File.ReadAllText(file.FullName))
                    : new LicenseDocument(
                        parse.GetValue(id) ?? "",
                        parse.GetValue(customer) ?? "",
                        parse.GetValue(installation) ?? "",
                        (parse.GetValue(modules) ?? []).Select(ParseModule).ToList(),
                        parse.GetValue(notBefore) ?? TimeProvider.System.GetUtcNow().AddDays(-1),
                        parse.GetValue(notAfter) ?? DateTimeOffset.MinValue)
                    {
                        MaxActiveMembers = parse.GetValue(maxMembers),
                    };
                using var signingKey = SigningKey.Load(parse.GetValue(key)!.FullName, parse.GetValue(keyId));
                var licence = LicenseFile.Issue(document, signingKey);
                var target = parse.GetValue(output)!.FullName;
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                File.WriteAllBytes(target, licence.ToBytes());
                Console.WriteLine($"Issued licence {document.LicenseId} for {document.Customer} (installation {document.InstallationId}) → {target}");
                return 0;
            }
            catch (Exception ex) when (ex is PackagingException or IOException or UnauthorizedAccessException)
            {
                return await CliHost.FailAsync($"Not issued: {ex.Message}");
            }
        });
        return command;
    }

    private static Command InstallLicense()
    {
        var file = new Argument<FileInfo>("file") { Description = "A licence file (*.platform-license)." };
        var dataDir = CommonOptions.DataDirectory();
        var command = new Command("install", "Check a licence against this installation and install it.") { file, dataDir };
        command.SetAction(async (parse, _) =>
        {
            var host = CliHost.Resolve(parse.GetValue(dataDir), null);
            var options = TrustSettings.Licensing(host.Configuration, host.Settings.DataDirectory);
            var source = parse.GetValue(file)!;
            byte[] bytes;
            try
            {
                bytes = File.ReadAllBytes(source.FullName);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                return await CliHost.FailAsync($"Not installed: {ex.Message}");
            }

            var state = LicensingState.Load(options.StateFile);
            var now = TimeProvider.System.GetUtcNow();
            var clock = LicenseEvaluator.Evaluate([], options, state, now).ClockProblem;
            var verdict = LicenseEvaluator.Check(source.Name, bytes, options, state, now, clock);
            if (!verdict.Accepted)
            {
                return await CliHost.FailAsync($"Not installed: licence {source.Name} is refused: {verdict.Rejection}");
            }

            Directory.CreateDirectory(options.LicensesDirectory);
            var safeName = string.Concat(verdict.Document!.LicenseId.Select(c => char.IsLetterOrDigit(c) || c is '-' or '_' or '.' ? c : '_'));
            var target = Path.Combine(options.LicensesDirectory, safeName + LicenseFile.Extension);
            File.WriteAllBytes(target + ".tmp", bytes);
            File.Move(target + ".tmp", target, overwrite: true);
            Console.WriteLine($"Installed licence {verdict.Document.LicenseId} for {verdict.Document.Customer}: {string.Join(", ", verdict.Document.Modules.Select(m => m.Id))}; valid until {verdict.Document.NotAfter:yyyy-MM-dd}. Restart the host to apply it.");
            foreach (var warning in verdict.Warnings)
            {
                Console.WriteLine($"warning: {warning}");
            }

            return 0;
        });
        return command;
    }

    private static Command Show()
    {
        var dataDir = CommonOptions.DataDirectory();
        var pluginsDir = CommonOptions.PluginsDirectory();
        var command = new Command("show", "Show this installation's id, the installed licences and each licensed module's status.") { dataDir, pluginsDir };
        command.SetAction((parse, _) =>
        {
            var host = CliHost.Resolve(parse.GetValue(dataDir), parse.GetValue(pluginsDir));
            var options = TrustSettings.Licensing(host.Configuration, host.Settings.DataDirectory);
            var state = LicensingState.Load(options.StateFile);
            var evaluation = LicenseEvaluator.EvaluateInstalled(options, state, TimeProvider.System.GetUtcNow());
            Console.WriteLine($"installation id: {options.InstallationId}");
            Console.WriteLine($"licences:        {options.LicensesDirectory}");
            if (state.ActiveMembers is { } active)
            {
                Console.WriteLine($"active members:  {active} (last counted by the running host)");
            }

            if (evaluation.ClockProblem is { } clock)
            {
                Console.WriteLine($"clock:           {clock}");
            }

            foreach (var verdict in evaluation.Licenses)
            {
                var doc = verdict.Document;
                Console.WriteLine();
                Console.WriteLine($"{verdict.Source}: {(verdict.Accepted ? "valid" : "REFUSED: " + verdict.Rejection)}");
                if (doc is not null)
                {
                    Console.WriteLine($"  licence {doc.LicenseId} for {doc.Customer}, {Day(doc.NotBefore)} – {Day(doc.NotAfter)}{(doc.MaxActiveMembers is { } max ? $", up to {max} active members" : "")}");
                    foreach (var module in doc.Modules)
                    {
                        Console.WriteLine($"  module {module.Id}: versions released until {module.MaintenanceEnd:yyyy-MM-dd}");
                    }
                }

                foreach (var warning in verdict.Warnings)
                {
                    Console.WriteLine($"  warning: {warning}");
                }
            }

            if (evaluation.Licenses.Count == 0)
            {
                Console.WriteLine("No licence installed.");
            }

            var plugins = PluginInstaller.List(host.Settings.PluginsDirectory, TrustedKeys.None, requireSignatures: false)
                .Where(p => p.Manifest is { RequiresLicense: true })
                .ToList();
            if (plugins.Count > 0)
            {
                Console.WriteLine();
            }

            foreach (var plugin in plugins)
            {
                var status = evaluation.For(plugin.Manifest!);
                Console.WriteLine(status.Status == LicenseStatus.Licensed
                    ? $"{plugin.Id} {plugin.Manifest!.Version}: licensed by {status.LicenseId}"
                    : $"{plugin.Id} {plugin.Manifest!.Version}: UNLICENSED: {status.Reason}");
            }

            return Task.FromResult(0);
        });
        return command;
    }

    private static LicensedModule ParseModule(string text)
    {
        var parts = text.Split('=', 2);
        return parts.Length == 2 && DateOnly.TryParseExact(parts[1], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var end)
            ? new LicensedModule(parts[0], end)
            : throw new PackagingException($"--module '{text}' must be id=yyyy-mm-dd (the maintenance end).");
    }

    private static string Day(DateTimeOffset time) => time.ToUniversalTime().ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
