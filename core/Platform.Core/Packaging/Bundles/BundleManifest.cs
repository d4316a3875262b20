using System.Text.Json;
using System.Text.Json.Serialization;
using NuGet.Versioning;

namespace Platform.Core.Packaging.Bundles;

/// <summary>
/// A bundle (<c>bundle.json</c>): a product assembled from modules for a deployment — its name and version, the host
/// versions it runs on, the modules with version ranges (engines linked into the host and app plugins), configuration
/// settings, and setup steps run on the first start.
/// </summary>
public sealed class BundleManifest
{
    /// <summary>The bundle file name.</summary>
    public const string FileName = "bundle.json";

    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    /// <summary>Bundle name, e.g. <c>portal</c>.</summary>
    public string Name { get; init; } = "";

    /// <summary>Bundle version (SemVer).</summary>
    public string Version { get; init; } = "";

    /// <summary>Version range of the host (<c>platform</c>) the bundle runs on, e.g. <c>[1.0.0, 2.0.0)</c>.</summary>
    public string Host { get; init; } = "";

    /// <summary>Module id → version range. Engines must be linked into the host; apps come as plugin packages.</summary>
    public Dictionary<string, string> Modules { get; init; } = [];

    /// <summary>Configuration written into the distribution's <c>appsettings.json</c> (keys with ':' separators).</summary>
    public Dictionary<string, string> Settings { get; init; } = [];

    /// <summary>Steps run once, on the distribution's first start, in order.</summary>
    public List<BundleSetupStep> Setup { get; init; } = [];

    /// <summary>Where the plugin packages are, relative to the bundle folder (default <c>packages</c>).</summary>
    public string Packages { get; init; } = "packages";

    /// <summary>Vendor public keys (<c>*.pub.pem</c>) trusted for the bundle's packages, relative to the bundle folder (default <c>trust</c>).</summary>
    public string Trust { get; init; } = "trust";

    /// <summary>Licence files to check the licensed modules against, relative to the bundle folder (default <c>licenses</c>).</summary>
    public string Licenses { get; init; } = "licenses";

    /// <summary>Reads and checks <c>bundle.json</c> in <paramref name="bundleDirectory"/>; every problem is reported.</summary>
    /// <param name="bundleDirectory">The bundle folder.</param>
    public static (BundleManifest? Bundle, IReadOnlyList<string> Problems) Read(string bundleDirectory)
    {
        var file = Path.Combine(bundleDirectory, FileName);
        if (!File.Exists(file))
        {
            return (null, [$"{file} does not exist"]);
        }

        BundleManifest? bundle;
        try
        {
            bundle = JsonSerializer.Deserialize<BundleManifest>(File.ReadAllText(file), Options);
        }
        catch (JsonException ex)
        {
            return (null, [$"{FileName} is not valid: {ex.Message}"]);
        }

        if (bundle is null)
        {
            return (null, [$"{FileName} is empty"]);
        }

        var problems = new List<string>();
        if (string.IsNullOrWhiteSpace(bundle.Name))
        {
            problems.Add("name is missing");
        }

        if (!NuGetVersion.TryParseStrict(bundle.Version, out _))
        {
            problems.Add($"version '{bundle.Version}' is not a SemVer version");
        }

        if (!VersionRange.TryParse(bundle.Host, out _))
        {
            problems.Add($"host '{bundle.Host}' is not a version range (e.g. \"[1.0.0, 2.0.0)\")");
        }

        if (bundle.Modules.Count == 0)
        {
            problems.Add("modules is empty");
        }

        foreach (var (id, range) in bundle.Modules)
        {
            if (!VersionRange.TryParse(range, out _))
            {
                problems.Add($"modules.{id}: '{range}' is not a version range");
            }
        }

        foreach (var (step, index) in bundle.Setup.Select((s, i) => (s, i)))
        {
            if (!BundleSetupStep.Known.Contains(step.Run))
            {
                problems.Add($"setup[{index}]: unknown step '{step.Run}' (known: {string.Join(", ", BundleSetupStep.Known)})");
            }
            else if (step.Run == BundleSetupStep.OrgImport && (string.IsNullOrWhiteSpace(step.File) || !File.Exists(Path.Combine(bundleDirectory, step.File))))
            {
                problems.Add($"setup[{index}]: file '{step.File}' does not exist in the bundle folder");
            }
        }

        return problems.Count == 0 ? (bundle, []) : (null, problems);
    }
}

/// <summary>A step run once, on a distribution's first start.</summary>
public sealed class BundleSetupStep
{
    /// <summary>Imports the organisation document <see cref="File"/> (<c>platform org import</c>, docs/org-import.md).</summary>
    public const string OrgImport = "org-import";

    /// <summary>Creates the demo organisation and each installed app's demo data (<c>platform demo seed</c>).</summary>
    public const string DemoData = "demo-data";

    /// <summary>The step kinds a bundle may use.</summary>
    public static readonly IReadOnlyList<string> Known = [OrgImport, DemoData];

    /// <summary>What to run: <see cref="OrgImport"/> or <see cref="DemoData"/>.</summary>
    public string Run { get; init; } = "";

    /// <summary>The step's input file, relative to the bundle folder (for <see cref="OrgImport"/>).</summary>
    public string File { get; init; } = "";
}
