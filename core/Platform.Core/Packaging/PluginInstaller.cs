using Platform.Core.Modules;

namespace Platform.Core.Packaging;

/// <summary>
/// Installs, lists and removes plugins in a plugins directory. Installing unpacks a verified package into a hidden
/// temporary folder beside the target, checks it, then moves it into place with a rename — a host never sees half a
/// plugin — and refuses to replace a different version unless asked to upgrade.
/// </summary>
public static class PluginInstaller
{
    /// <summary>Every plugin folder (with a <c>plugin.json</c>), sorted by folder name, each read and checked.</summary>
    /// <param name="pluginsDirectory">The plugins directory.</param>
    /// <param name="trusted">Vendor keys the host trusts.</param>
    /// <param name="requireSignatures">The host's signature policy.</param>
    public static IReadOnlyList<InstalledPlugin> List(string pluginsDirectory, TrustedKeys trusted, bool requireSignatures)
    {
        var found = new List<InstalledPlugin>();
        foreach (var candidate in PluginDiscovery.Discover(pluginsDirectory))
        {
            var folder = candidate.Location!;
            var problem = candidate.Manifest is null ? candidate.Reason : null;
            found.Add(new InstalledPlugin(folder, candidate.Manifest, problem, PluginVerification.Check(folder, trusted, requireSignatures)));
        }

        return found;
    }

    /// <summary>Installs a verified package as <c>&lt;plugins&gt;/&lt;id&gt;</c>.</summary>
    /// <param name="package">A package opened with <see cref="PluginPackage.Open"/>.</param>
    /// <param name="pluginsDirectory">The plugins directory (created when missing).</param>
    /// <param name="upgrade">Whether an installed different version may be replaced.</param>
    /// <returns>What was done, in one sentence.</returns>
    public static string Install(PluginPackage package, string pluginsDirectory, bool upgrade)
    {
        var manifest = package.Manifest;
        Directory.CreateDirectory(pluginsDirectory);
        var target = Path.Combine(pluginsDirectory, manifest.Id);
        string? replaced = null;
        if (Directory.Exists(target))
        {
            var (installed, _) = File.Exists(Path.Combine(target, ManifestReader.FileName))
                ? ManifestReader.Parse(File.ReadAllText(Path.Combine(target, ManifestReader.FileName)))
                : (null, []);
            if (installed?.Version == manifest.Version && File.Exists(Path.Combine(target, FileManifest.FileName)) &&
                File.ReadAllBytes(Path.Combine(target, FileManifest.FileName)).AsSpan().SequenceEqual(package.ManifestBytes) &&
                FileManifest.TryParse(package.ManifestBytes)!.Compare(target).Count == 0)
            {
                return $"{manifest.Id} {manifest.Version} is already installed; nothing changed.";
            }

            if (!upgrade)
            {
                throw new PackagingException(installed?.Version == manifest.Version
                    ? $"{manifest.Id} {manifest.Version} is installed in {target} with different files; use --upgrade to replace it."
                    : $"{manifest.Id} {installed?.Version ?? "(unreadable)"} is installed in {target}; use --upgrade to replace it with {manifest.Version}.");
            }

            replaced = installed?.Version ?? "an unreadable version";
        }

        var staging = Path.Combine(pluginsDirectory, $".install-{manifest.Id}-{Guid.NewGuid():N}");
        string? old = null;
        try
        {
            package.ExtractTo(staging);
            var check = FileManifest.TryParse(package.ManifestBytes)!.Compare(staging);
            if (check.Count > 0)
            {
                throw new PackagingException($"The unpacked files do not match the package ({string.Join("; ", check)}).");
            }

            if (replaced is not null)
            {
                old = Path.Combine(pluginsDirectory, $".old-{manifest.Id}-{Guid.NewGuid():N}");
                Directory.Move(target, old);
            }

            Directory.Move(staging, target);
        }
        catch
        {
            if (old is not null && !Directory.Exists(target))
            {
                Directory.Move(old, target);
                old = null;
            }

            DeleteQuietly(staging);
            throw;
        }

        if (old is not null)
        {
            DeleteQuietly(old);
        }

        return replaced is null
            ? $"Installed {manifest.Id} {manifest.Version} into {target}."
            : $"Upgraded {manifest.Id} from {replaced} to {manifest.Version} in {target}.";
    }

    /// <summary>Removes an installed plugin folder (renamed away first, then deleted).</summary>
    /// <param name="pluginsDirectory">The plugins directory.</param>
    /// <param name="id">The plugin id (its folder name).</param>
    public static void Remove(string pluginsDirectory, string id)
    {
        var target = Path.Combine(pluginsDirectory, id);
        if (id.Contains('/') || id.Contains('\\') || id.StartsWith('.') || !Directory.Exists(target))
        {
            throw new PackagingException($"No plugin '{id}' is installed in {pluginsDirectory}.");
        }

        var doomed = Path.Combine(pluginsDirectory, $".remove-{id}-{Guid.NewGuid():N}");
        Directory.Move(target, doomed);
        DeleteQuietly(doomed);
    }

    private static void DeleteQuietly(string folder)
    {
        try
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
        catch (IOException)
        {
            // Left for the next run to clean: hidden folders are never loaded.
        }
        catch (UnauthorizedAccessException)
        {
            // As above.
        }
    }
}
