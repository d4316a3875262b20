namespace Platform.Core.Packaging;

/// <summary>What checking an installed plugin folder against its signed hash manifest found.</summary>
/// <param name="CanLoad">Whether the plugin may be loaded under the host's signature policy.</param>
/// <param name="Reason">Why it may not, in words a person can act on.</param>
/// <param name="Signer">The id of the trusted key that signed it, when it is signed by one.</param>
/// <param name="Warning">Something worth logging even though the plugin loads (e.g. unsigned while signatures are optional).</param>
public sealed record PluginVerification(bool CanLoad, string? Reason, string? Signer, string? Warning)
{
    /// <summary>
    /// Checks a plugin folder. Files that do not match a hash manifest (changed, missing, added) and a signature that
    /// does not match the manifest always stop the plugin; an unsigned plugin or one signed by an untrusted key is
    /// stopped only when <paramref name="requireSignatures"/> is set.
    /// </summary>
    /// <param name="folder">The installed plugin folder.</param>
    /// <param name="trusted">Vendor keys the host trusts.</param>
    /// <param name="requireSignatures">Whether only plugins signed by a trusted key may load.</param>
    public static PluginVerification Check(string folder, TrustedKeys trusted, bool requireSignatures)
    {
        var manifestFile = Path.Combine(folder, FileManifest.FileName);
        if (!File.Exists(manifestFile))
        {
            return requireSignatures
                ? Refuse($"It is not signed (no {FileManifest.FileName}) and this host requires signed plugins (Platform:Plugins:RequireSignatures). Install it from a signed package with `platform plugin install`.")
                : new PluginVerification(true, null, null, "unsigned plugin (allowed: Platform:Plugins:RequireSignatures is off)");
        }

        var manifestBytes = File.ReadAllBytes(manifestFile);
        if (FileManifest.TryParse(manifestBytes) is not { } manifest)
        {
            return Refuse($"Its {FileManifest.FileName} is unreadable; the plugin folder was altered. Reinstall the package.");
        }

        var problems = manifest.Compare(folder);
        if (problems.Count > 0)
        {
            return Refuse($"Its files do not match its signed manifest ({string.Join("; ", problems.Take(5))}{(problems.Count > 5 ? $"; {problems.Count - 5} more" : "")}): the plugin was tampered with. Reinstall the package.");
        }

        var signatureFile = Path.Combine(folder, FileManifest.SignatureFileName);
        var signature = File.Exists(signatureFile) ? DetachedSignature.TryParse(File.ReadAllBytes(signatureFile)) : null;
        if (signature is null)
        {
            return requireSignatures
                ? Refuse($"It has no valid signature ({FileManifest.SignatureFileName}) and this host requires signed plugins. Reinstall the signed package.")
                : new PluginVerification(true, null, null, "files match their manifest, but the plugin carries no signature");
        }

        return trusted.Verify(manifestBytes, signature) switch
        {
            SignatureCheck.Valid => new PluginVerification(true, null, signature.KeyId, null),
            SignatureCheck.UntrustedKey when !requireSignatures =>
                new PluginVerification(true, null, null, $"signed by key '{signature.KeyId}', which this host does not trust (allowed: Platform:Plugins:RequireSignatures is off)"),
            SignatureCheck.UntrustedKey =>
                Refuse($"It is signed by key '{signature.KeyId}', which this host does not trust. Add the vendor's public key as trust/plugins/{signature.KeyId}{SigningKey.PublicSuffix} in the data directory (or Platform:Plugins:TrustedKeys) if you trust this vendor."),
            _ => Refuse($"Its signature does not match its file manifest (signed with key '{signature.KeyId}'): the manifest was altered or the signature forged. Reinstall the package."),
        };
    }

    private static PluginVerification Refuse(string reason) => new(false, "Signature check failed: " + reason, null, null);
}
