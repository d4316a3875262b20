using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.RegularExpressions;
using NuGet.Versioning;
using Platform.Contracts.Modules;

namespace Platform.Core.Modules;

/// <summary>Reads and validates <c>plugin.json</c>. Every problem is reported, not just the first.</summary>
internal static partial class ManifestReader
{
    public const string FileName = "plugin.json";

    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        PropertyNameCaseInsensitive = false,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    /// <summary>Parses a manifest; on failure returns <see langword="null"/> and every problem found.</summary>
    public static (PluginManifest? Manifest, IReadOnlyList<string> Problems) Parse(string json)
    {
        ManifestDocument? doc;
        try
        {
            doc = JsonSerializer.Deserialize<ManifestDocument>(json, Options);
        }
        catch (JsonException ex)
        {
            var where = ex.LineNumber is { } line ? $" (line {line + 1}, position {ex.BytePositionInLine + 1})" : "";
            return (null, [$"not valid JSON{where}: {FirstSentence(ex.Message)}"]);
        }

        if (doc is null)
        {
            return (null, ["the file is empty or null"]);
        }

        var problems = new List<string>();
        Require(doc.Id, "id", problems);
        if (doc.Id is { Length: > 0 } id && !IdPattern().IsMatch(id))
        {
            problems.Add($"id '{id}' must be lower case letters, digits, '.' and '-', starting with a letter");
        }

        Require(doc.Version, "version", problems);
        if (doc.Version is { Length: > 0 } version && !NuGetVersion.TryParseStrict(version, out _))
        {
            problems.Add($"version '{version}' is not a SemVer version (e.g. 1.2.0)");
        }

        Require(doc.Name, "name", problems);
        Require(doc.Vendor, "vendor", problems);
        Require(doc.EntryAssembly, "entryAssembly", problems);
        if (doc.EntryAssembly is { Length: > 0 } entry &&
            (!entry.EndsWith(".dll", StringComparison.OrdinalIgnoreCase) || entry.IndexOfAny(['/', '\\']) >= 0 || entry.Contains("..", StringComparison.Ordinal)))
        {
            problems.Add($"entryAssembly '{entry}' must be a .dll file name inside the plugin folder");
        }

        DateOnly? released = null;
        if (doc.Released is { Length: > 0 } releasedText)
        {
            if (DateOnly.TryParseExact(releasedText, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
            {
                released = day;
            }
            else
            {
                problems.Add($"released '{releasedText}' is not a date (yyyy-MM-dd)");
            }
        }
        else if (doc.RequiresLicense == true)
        {
            problems.Add("released is missing: a module that requires a licence states its release date (yyyy-MM-dd), which licences compare with their maintenance end");
        }

        CheckRanges(doc.Contracts, "contracts", problems);
        CheckRanges(doc.Dependencies, "dependencies", problems);

        if (problems.Count > 0)
        {
            return (null, problems);
        }

        return (new PluginManifest(doc.Id!, doc.Version!, doc.Name!, doc.Vendor!, doc.EntryAssembly!)
        {
            Description = doc.Description,
            EntryType = doc.EntryType,
            Contracts = doc.Contracts ?? [],
            Dependencies = doc.Dependencies ?? [],
            RequiresLicense = doc.RequiresLicense ?? false,
            Released = released,
        }, []);
    }

    private static void Require(string? value, string field, List<string> problems)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            problems.Add($"{field} is missing");
        }
    }

    private static void CheckRanges(Dictionary<string, string>? ranges, string field, List<string> problems)
    {
        foreach (var (name, range) in ranges ?? [])
        {
            if (!VersionRange.TryParse(range, out _))
            {
                problems.Add($"{field}.{name}: '{range}' is not a version range (e.g. \"[1.0, 2.0)\")");
            }
        }
    }

    private static string FirstSentence(string message)
    {
        var end = message.IndexOf(". ", StringComparison.Ordinal);
        return end > 0 ? message[..(end + 1)] : message;
    }

    [GeneratedRegex("^[a-z][a-z0-9]*([.-][a-z0-9]+)*$")]
    private static partial Regex IdPattern();

    private sealed class ManifestDocument
    {
        [JsonPropertyName("$schema")]
        public string? Schema { get; set; }

        public string? Id { get; set; }

        public string? Version { get; set; }

        public string? Name { get; set; }

        public string? Vendor { get; set; }

        public string? Description { get; set; }

        public string? EntryAssembly { get; set; }

        public string? EntryType { get; set; }

        public Dictionary<string, string>? Contracts { get; set; }

        public Dictionary<string, string>? Dependencies { get; set; }

        public bool? RequiresLicense { get; set; }

        public string? Released { get; set; }
    }
}
