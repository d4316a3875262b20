using System.Security.Cryptography;
using NuGet.Versioning;
using Platform.Contracts.Modules;
using Platform.Core.Licensing;

namespace Platform.Core.Packaging.Bundles;

/// <summary>Locks and checks bundles: versions, package hashes, signatures, contracts and dependencies, licences.</summary>
public static class BundleTool
{
    /// <summary>
    /// Pins every module: engines to the version the host links, apps to the highest version in range among the
    /// packages (<c>&lt;id&gt;-&lt;version&gt;.platform-plugin</c>) with the package's SHA-256.
    /// </summary>
    /// <param name="bundleDirectory">The bundle folder.</param>
    /// <param name="environment">The host the bundle is for.</param>
    /// <exception cref="PackagingException">Some module cannot be pinned; every problem is listed.</exception>
    public static BundleLock Lock(string bundleDirectory, BundleEnvironment environment)
    {
        var (bundle, problems) = BundleManifest.Read(bundleDirectory);
        if (bundle is null)
        {
            throw new PackagingException("The bundle is invalid:\n  " + string.Join("\n  ", problems));
        }

        var packages = PackagesDirectory(bundleDirectory, bundle, environment);
        var found = new List<string>();
        var locked = new List<LockedModule>();
        foreach (var (id, rangeText) in bundle.Modules.OrderBy(m => m.Key, StringComparer.Ordinal))
        {
            var range = VersionRange.Parse(rangeText);
            if (environment.Linked.FirstOrDefault(m => m.Id == id) is { } engine)
            {
                if (range.Satisfies(NuGetVersion.Parse(engine.Version)))
                {
                    locked.Add(new LockedModule(id, engine.Version, "engine"));
                }
                else
                {
                    found.Add($"{id} {range.ToNormalizedString()}: the host links {id} {engine.Version}");
                }

                continue;
            }

            var best = Candidates(packages, id)
                .Where(c => range.Satisfies(c.Version))
                .OrderByDescending(c => c.Version)
                .FirstOrDefault();
            if (best.File is null)
            {
                found.Add($"{id} {range.ToNormalizedString()}: no package {id}-<version>{PluginPackage.Extension} in that range in {packages}");
                continue;
            }

            locked.Add(new LockedModule(id, best.Version.ToNormalizedString(), "app") { Package = Path.GetFileName(best.File), Sha256 = Sha256Of(best.File) });
        }

        if (found.Count > 0)
        {
            throw new PackagingException("Cannot lock the bundle:\n  " + string.Join("\n  ", found));
        }

        return new BundleLock(bundle.Name, bundle.Version, locked);
    }

    /// <summary>
    /// The pre-flight check: bundle and lock readable and consistent, host version in range, every package present with
    /// its locked hash, intact and signed by a trusted key, all modules resolving together (contracts, dependencies),
    /// and licences for the licensed modules. Every problem is reported, not just the first.
    /// </summary>
    /// <param name="bundleDirectory">The bundle folder.</param>
    /// <param name="environment">The host the bundle is for.</param>
    /// <param name="pluginTrust">Vendor keys to accept beyond the bundle's own <c>trust/plugins</c>.</param>
    public static BundleCheck Check(string bundleDirectory, BundleEnvironment environment, TrustedKeys? pluginTrust = null)
    {
        var problems = new List<string>();
        var warnings = new List<string>();
        var packages = new Dictionary<string, (PluginPackage, string)>(StringComparer.Ordinal);
        var (bundle, bundleProblems) = BundleManifest.Read(bundleDirectory);
        problems.AddRange(bundleProblems.Select(p => $"{BundleManifest.FileName}: {p}"));
        if (bundle is null)
        {
            return new BundleCheck(null, null, packages, problems, warnings);
        }

        if (VersionRange.TryParse(bundle.Host, out var hostRange) && !hostRange.Satisfies(environment.HostVersion))
        {
            problems.Add($"The bundle needs host {hostRange.ToNormalizedString()}; this host is {environment.HostVersion.ToNormalizedString()}.");
        }

        var lockFile = BundleLock.Read(bundleDirectory);
        if (lockFile is null)
        {
            problems.Add($"{BundleLock.FileName} is missing or unreadable: run `platform bundle lock`.");
            return new BundleCheck(bundle, null, packages, problems, warnings);
        }

        var trust = LoadTrust(Path.Combine(bundleDirectory, bundle.Trust, "plugins"), pluginTrust, problems);
        var packagesDir = PackagesDirectory(bundleDirectory, bundle, environment);
        foreach (var (id, rangeText) in bundle.Modules.OrderBy(m => m.Key, StringComparer.Ordinal))
        {
            var locked = lockFile.Modules.FirstOrDefault(m => m.Id == id);
            if (locked is null)
            {
                problems.Add($"{id}: not in {BundleLock.FileName}; run `platform bundle lock` again.");
                continue;
            }

            if (!NuGetVersion.TryParse(locked.Version, out var version) || !VersionRange.Parse(rangeText).Satisfies(version))
            {
                problems.Add($"{id}: locked version {locked.Version} is outside {rangeText}; run `platform bundle lock` again.");
                continue;
            }

            if (environment.Linked.FirstOrDefault(m => m.Id == id) is { } engine)
            {
                if (engine.Version != locked.Version)
                {
                    problems.Add($"{id}: locked at {locked.Version}, but the host links {engine.Version}.");
                }

                continue;
            }

            CheckPackage(id, locked, packagesDir, trust, packages, problems);
        }

        foreach (var extra in lockFile.Modules.Where(m => !bundle.Modules.ContainsKey(m.Id)))
        {
            problems.Add($"{extra.Id}: in {BundleLock.FileName} but not in {BundleManifest.FileName}; run `platform bundle lock` again.");
        }

        var plugins = packages.Values.Select(p => (p.Item1.Manifest, p.Item2)).ToList();
        foreach (var module in environment.Preview(plugins).Where(m => m.State != ModuleState.Loaded && packages.ContainsKey(m.Id)))
        {
            problems.Add($"{module.Id}: {module.State}: {module.Reason}");
        }

        CheckLicenses(bundleDirectory, bundle, plugins.Select(p => p.Manifest).ToList(), environment.Now, problems, warnings);
        return new BundleCheck(bundle, lockFile, packages, problems, warnings);
    }

    /// <summary>SHA-256 of a file, lower-case hex.</summary>
    /// <param name="file">The file.</param>
    public static string Sha256Of(string file)
    {
        using var stream = File.OpenRead(file);
        return Convert.ToHexStringLower(SHA256.HashData(stream));
    }

    private static void CheckPackage(string id, LockedModule locked, string packagesDir, TrustedKeys trust, Dictionary<string, (PluginPackage, string)> packages, List<string> problems)
    {
        var file = Path.Combine(packagesDir, locked.Package ?? $"{id}-{locked.Version}{PluginPackage.Extension}");
        if (!File.Exists(file))
        {
            problems.Add($"{id}: package {file} is missing.");
            return;
        }

        if (locked.Sha256 is not null && Sha256Of(file) != locked.Sha256)
        {
            problems.Add($"{id}: {Path.GetFileName(file)} is not the locked package (SHA-256 differs); run `platform bundle lock` again if the change is intended.");
            return;
        }

        try
        {
            var package = PluginPackage.Open(file, trust);
            if (package.Manifest.Id != id || package.Manifest.Version != locked.Version)
            {
                problems.Add($"{id}: {Path.GetFileName(file)} holds {package.Manifest.Id} {package.Manifest.Version}, not {id} {locked.Version}.");
                return;
            }

            packages[id] = (package, file);
        }
        catch (PackagingException ex)
        {
            problems.Add($"{id}: {ex.Message}");
        }
    }

    private static void CheckLicenses(string bundleDirectory, BundleManifest bundle, IReadOnlyList<PluginManifest> plugins, DateTimeOffset now, List<string> problems, List<string> warnings)
    {
        var licensed = plugins.Where(p => p.RequiresLicense).ToList();
        if (licensed.Count == 0)
        {
            return;
        }

        var directory = Path.Combine(bundleDirectory, bundle.Licenses);
        var issuers = LoadTrust(Path.Combine(bundleDirectory, bundle.Trust, "licenses"), null, problems);
        var files = Directory.Exists(directory)
            ? Directory.EnumerateFiles(directory, "*" + LicenseFile.Extension).Order(StringComparer.Ordinal).ToList()
            : [];
        if (files.Count == 0)
        {
            warnings.AddRange(licensed.Select(p => $"{p.Id} requires a licence and the bundle carries none ({bundle.Licenses}/): it will be Unlicensed until one is installed with `platform license install`."));
            return;
        }

        // A bundle is built before it is installed, so a licence is checked for everything but the installation id.
        var verdicts = files.Select(f =>
        {
            var bytes = File.ReadAllBytes(f);
            var installation = LicenseFile.TryParse(bytes)?.Document()?.InstallationId ?? "";
            var options = new LicensingOptions { InstallationId = installation, LicensesDirectory = directory, TrustedKeys = issuers };
            return LicenseEvaluator.Check(Path.GetFileName(f), bytes, options, new LicensingState(), now);
        }).ToList();
        var evaluation = new LicenseEvaluation(verdicts, null, "(the installation)");
        foreach (var plugin in licensed)
        {
            var status = evaluation.For(plugin);
            if (status.Status == LicenseStatus.Unlicensed)
            {
                problems.Add($"{plugin.Id}: requires a licence: {status.Reason}");
            }

            warnings.AddRange(status.Warnings.Select(w => $"{plugin.Id}: {w}"));
        }
    }

    private static TrustedKeys LoadTrust(string directory, TrustedKeys? extra, List<string> problems)
    {
        var trust = new TrustedKeys();
        try
        {
            trust.AddDirectory(directory);
            foreach (var keyId in extra?.KeyIds ?? [])
            {
                trust.Add(keyId, extra!.PemOf(keyId)!);
            }
        }
        catch (PackagingException ex)
        {
            problems.Add(ex.Message);
        }

        return trust;
    }

    private static string PackagesDirectory(string bundleDirectory, BundleManifest bundle, BundleEnvironment environment) =>
        Path.GetFullPath(environment.PackagesDirectory ?? Path.Combine(bundleDirectory, bundle.Packages));

    private static IEnumerable<(string File, NuGetVersion Version)> Candidates(string packagesDirectory, string id)
    {
        if (!Directory.Exists(packagesDirectory))
        {
            yield break;
        }

        foreach (var file in Directory.EnumerateFiles(packagesDirectory, $"{id}-*{PluginPackage.Extension}"))
        {
            var versionText = Path.GetFileName(file)[(id.Length + 1)..^PluginPackage.Extension.Length];
            if (NuGetVersion.TryParseStrict(versionText, out var version))
            {
                yield return (file, version);
            }
        }
    }
}
