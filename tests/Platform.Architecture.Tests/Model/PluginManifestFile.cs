using System.Text.Json;

namespace Platform.Architecture.Tests.Model;

/// <summary>The two fields of <c>plugin.json</c> the architecture tests need: where the plugin is built and which assembly is its own.</summary>
internal sealed record PluginManifestFile(string Id, string EntryAssembly)
{
    public const string FileName = "plugin.json";

    /// <summary>Reads the manifest; the error says what is wrong with it.</summary>
    public static (PluginManifestFile? Manifest, string? Error) Read(string path)
    {
        if (!File.Exists(path))
        {
            return (null, $"{path} does not exist");
        }

        try
        {
            using var document = JsonDocument.Parse(File.ReadAllText(path), new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
            var id = StringProperty(document.RootElement, "id");
            var entryAssembly = StringProperty(document.RootElement, "entryAssembly");
            return id is null || entryAssembly is null
                ? (null, $"{path} needs non-empty \"id\" and \"entryAssembly\" strings")
                : (new PluginManifestFile(id, entryAssembly), null);
        }
        catch (JsonException ex)
        {
            return (null, $"{path} is not valid JSON: {ex.Message}");
        }
    }

    private static string? StringProperty(JsonElement root, string name) =>
        root.ValueKind == JsonValueKind.Object
        && root.TryGetProperty(name, out var value)
        && value.ValueKind == JsonValueKind.String
        && value.GetString() is { Length: > 0 } text
            ? text
            : null;
}
