using System.CommandLine;
using Platform.Core.Packaging;
using Platform.Host.Modules;

namespace Platform.Host.Cli;

/// <summary>
/// <c>platform keys create --out DIR [--id KEYID]</c> (vendors, licence issuers): a new ECDSA P-256 key pair; and
/// <c>platform keys trust FILE --for plugins|licenses</c> (hosts): trust a vendor's or issuer's public key.
/// </summary>
internal static class KeysCommand
{
    public static Command Create() => new("keys", "Signing keys: create a key pair; trust a public key (docs/signing-and-licences.md).") { CreateKey(), Trust() };

    private static Command CreateKey()
    {
        var output = new Option<DirectoryInfo>("--out", "-o") { Description = "Directory to write <id>.private.pem and <id>.pub.pem into.", Required = true };
        var id = new Option<string?>("--id") { Description = "Key id (default: derived from the public key). Signatures name it; hosts trust it by this name." };
        var command = new Command("create", "Create an ECDSA P-256 key pair for signing plugin packages or licences.") { output, id };
        command.SetAction(async (parse, _) =>
        {
            try
            {
                using var key = SigningKey.Create(parse.GetValue(id));
                var (privateFile, publicFile) = key.Save(parse.GetValue(output)!.FullName);
                Console.WriteLine($"key id:      {key.KeyId}");
                Console.WriteLine($"private key: {privateFile}  (keep it secret: whoever has it can sign as you)");
                Console.WriteLine($"public key:  {publicFile}  (give it to the hosts that should trust you)");
                return 0;
            }
            catch (PackagingException ex)
            {
                return await CliHost.FailAsync(ex.Message);
            }
        });
        return command;
    }

    private static Command Trust()
    {
        var file = new Argument<FileInfo>("public-key") { Description = "A public key file, <keyId>.pub.pem." };
        var purpose = new Option<string>("--for") { Description = "What the key is trusted for: plugins (vendor signatures) or licenses (licence issuers).", DefaultValueFactory = _ => "plugins" };
        purpose.AcceptOnlyFromAmong("plugins", "licenses");
        var dataDir = CommonOptions.DataDirectory();
        var command = new Command("trust", "Trust a vendor's or licence issuer's public key on this host (copies it into <data>/trust/).") { file, purpose, dataDir };
        command.SetAction(async (parse, _) =>
        {
            var source = parse.GetValue(file)!;
            if (!source.Name.EndsWith(SigningKey.PublicSuffix, StringComparison.OrdinalIgnoreCase))
            {
                return await CliHost.FailAsync($"{source.Name}: a public key file is named <keyId>{SigningKey.PublicSuffix}.");
            }

            var keyId = source.Name[..^SigningKey.PublicSuffix.Length];
            try
            {
                new TrustedKeys().Add(keyId, File.ReadAllText(source.FullName));
            }
            catch (Exception ex) when (ex is PackagingException or IOException)
            {
                return await CliHost.FailAsync(ex.Message);
            }

            var host = CliHost.Resolve(parse.GetValue(dataDir), null);
            var directory = parse.GetValue(purpose) == "licenses"
                ? TrustSettings.LicenseKeysDirectory(host.Settings.DataDirectory)
                : TrustSettings.PluginKeysDirectory(host.Settings.DataDirectory);
            Directory.CreateDirectory(directory);
            File.Copy(source.FullName, Path.Combine(directory, source.Name), overwrite: true);
            Console.WriteLine($"Trusted key '{keyId}' for {parse.GetValue(purpose)} ({directory}).");
            return 0;
        });
        return command;
    }
}
