using System.Text.Json;
using System.Text.Json.Serialization;

namespace Platform.Core.Packaging.Bundles;

/// <summary>
/// A bundle's lock file (<c>bundle.lock.json</c>): the exact version of every module and, for plugins, the package file
/// and its SHA-256 — so a bundle builds the same distribution every time, and a changed package is noticed.
/// </summary>
/// <param name="Bundle">Bundle name.</param>
/// <param name="Version">Bundle version.</param>
/// <param name="Modules">Every module, sorted by id.</param>
public sealed record BundleLock(
    [property: JsonPropertyName("bundle")] string Bundle,
    [property: JsonPropertyName("version")] string Version,
    [property: JsonPropertyName("modules")] IReadOnlyList<LockedModule> Modules)
{
    /// <summary>The lock file name.</summary>
    public const string FileName = "bundle.lock.json";

    private static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    /// <summary>Reads the lock file of a bundle folder; <see langword="null"/> when absent or unreadable.</summary>
    /// <param name="bundleDirectory">The bundle folder.</param>
    public static BundleLock? Read(string bundleDirectory)
    {
        var file = Path.Combine(bundleDirectory, FileName);
        try
        {
            return File.Exists(file) ? JsonSerializer.Deserialize<BundleLock>(File.ReadAllBytes(file), Options) : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>Writes the lock file into the bundle folder.</summary>
    /// <param name="bundleDirectory">The bundle folder.</param>
    public string Write(string bundleDirectory)
    {
        var file = Path.Combine(bundleDirectory, FileName);
        File.WriteAllBytes(file, [.. JsonSerializer.SerializeToUtf8Bytes(this, Options), (byte)'\n']);
        return file;
    }
}

/// <summary>One module of a locked bundle.</summary>
/// <param name="Id">Module id.</param>
/// <param name="Version">Exact version.</param>
/// <param name="Kind"><c>engine</c> (linked into the host) or <c>app</c> (a plugin package).</param>
public sealed record LockedModule(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("version")] string Version,
    [property: JsonPropertyName("kind")] string Kind)
{
    /// <summary>The plugin package file name, relative to the bundle's packages folder (apps only).</summary>
    [JsonPropertyName("package")]
    public string? Package { get; init; }

    /// <summary>SHA-256 of the package file, lower-case hex (apps only).</summary>
    [JsonPropertyName("sha256")]
    public string? Sha256 { get; init; }
}
