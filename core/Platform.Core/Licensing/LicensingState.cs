using System.Text.Json;
using System.Text.Json.Serialization;

namespace Platform.Core.Licensing;

/// <summary>
/// What licensing remembers between runs (<c>&lt;data&gt;/licenses/state.json</c>): the latest time the host saw, so a
/// clock set back is noticed; the last active-member count; and since when each licence's member limit has been exceeded.
/// </summary>
public sealed record LicensingState
{
    private static readonly JsonSerializerOptions Options = new() { WriteIndented = true };

    /// <summary>The latest time the host recorded.</summary>
    [JsonPropertyName("lastSeen")]
    public DateTimeOffset? LastSeen { get; init; }

    /// <summary>Active members at the last count, or <see langword="null"/> before the first.</summary>
    [JsonPropertyName("activeMembers")]
    public int? ActiveMembers { get; init; }

    /// <summary>Licence id → when its member limit was first seen exceeded (cleared once back under).</summary>
    [JsonPropertyName("overLimitSince")]
    public IReadOnlyDictionary<string, DateTimeOffset> OverLimitSince { get; init; } = new Dictionary<string, DateTimeOffset>();

    /// <summary>Reads the state file; an empty state when it does not exist.</summary>
    /// <param name="path">The state file.</param>
    public static LicensingState Load(string path)
    {
        if (!File.Exists(path))
        {
            return new LicensingState();
        }

        try
        {
            return JsonSerializer.Deserialize<LicensingState>(File.ReadAllBytes(path), Options) ?? new LicensingState();
        }
        catch (JsonException)
        {
            // An unreadable state is treated as a fresh one except for the clock: keep the file's time so a
            // truncated file cannot be used to forget it (the file's own write time is the best evidence left).
            return new LicensingState { LastSeen = File.GetLastWriteTimeUtc(path) };
        }
    }

    /// <summary>Writes the state file (through a temporary file, then a rename).</summary>
    /// <param name="path">The state file.</param>
    public void Save(string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var temp = path + ".tmp";
        File.WriteAllBytes(temp, JsonSerializer.SerializeToUtf8Bytes(this, Options));
        File.Move(temp, path, overwrite: true);
    }
}
