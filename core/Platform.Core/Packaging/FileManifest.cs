using System.Security.Cryptography;
using System.Text.Json;

namespace Platform.Core.Packaging;

/// <summary>
/// The hash manifest of a plugin (<c>plugin.files.json</c>): the plugin's id and version and the SHA-256 and size of every
/// file in its folder, sorted by path (ordinal, '/' separators), written the same way every time. The package signature
/// is made over the exact bytes of this file, so it covers every file through its hash.
/// </summary>
/// <param name="Id">Plugin id (from <c>plugin.json</c>).</param>
/// <param name="Version">Plugin version.</param>
/// <param name="Files">Every file of the plugin, except the manifest and its signature.</param>
public sealed record FileManifest(string Id, string Version, IReadOnlyList<FileHash> Files)
{
    /// <summary>The manifest's file name in a plugin folder and package.</summary>
    public const string FileName = "plugin.files.json";

    /// <summary>The signature's file name in a plugin folder and package.</summary>
    public const string SignatureFileName = "plugin.signature.json";

    /// <summary>Whether a path (relative, '/' separators) is one of the two files the manifest does not list.</summary>
    /// <param name="relativePath">Path inside the plugin folder.</param>
    public static bool IsOwnFile(string relativePath) => relativePath is FileName or SignatureFileName;

    /// <summary>Hashes every file under <paramref name="folder"/> (except <see cref="IsOwnFile"/> ones).</summary>
    /// <param name="folder">A plugin folder.</param>
    /// <param name="id">Plugin id.</param>
    /// <param name="version">Plugin version.</param>
    public static FileManifest Create(string folder, string id, string version) =>
        new(id, version, FilesOf(folder).Select(f => Hash(f.RelativePath, File.ReadAllBytes(f.FullPath))).ToList());

    /// <summary>The SHA-256 (lower-case hex) and size of <paramref name="content"/>.</summary>
    /// <param name="relativePath">The file's path ('/' separators).</param>
    /// <param name="content">The file's bytes.</param>
    public static FileHash Hash(string relativePath, ReadOnlySpan<byte> content) =>
        new(relativePath, Convert.ToHexStringLower(SHA256.HashData(content)), content.Length);

    /// <summary>Files of a folder as (relative path with '/', full path), sorted ordinally, the manifest's own files left out.</summary>
    /// <param name="folder">A plugin folder.</param>
    public static IReadOnlyList<(string RelativePath, string FullPath)> FilesOf(string folder) =>
        Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .Select(f => (RelativePath: Path.GetRelativePath(folder, f).Replace('\\', '/'), FullPath: f))
            .Where(f => !IsOwnFile(f.RelativePath))
            .OrderBy(f => f.RelativePath, StringComparer.Ordinal)
            .ToList();

    /// <summary>The canonical bytes: UTF-8 JSON, two-space indents, '\n' line ends, files sorted by path.</summary>
    public byte[] ToCanonicalBytes()
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, NewLine = "\n" }))
        {
            writer.WriteStartObject();
            writer.WriteNumber("format", 1);
            writer.WriteString("id", Id);
            writer.WriteString("version", Version);
            writer.WriteStartArray("files");
            foreach (var file in Files.OrderBy(f => f.Path, StringComparer.Ordinal))
            {
                writer.WriteStartObject();
                writer.WriteString("path", file.Path);
                writer.WriteString("sha256", file.Sha256);
                writer.WriteNumber("size", file.Size);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        buffer.WriteByte((byte)'\n');
        return buffer.ToArray();
    }

    /// <summary>Reads a manifest; <see langword="null"/> when the bytes are not one.</summary>
    /// <param name="bytes">The manifest file's content.</param>
    public static FileManifest? TryParse(ReadOnlySpan<byte> bytes)
    {
        try
        {
            using var doc = JsonDocument.Parse(bytes.ToArray());
            var root = doc.RootElement;
            var files = root.GetProperty("files").EnumerateArray()
                .Select(f => new FileHash(f.GetProperty("path").GetString()!, f.GetProperty("sha256").GetString()!, f.GetProperty("size").GetInt64()))
                .ToList();
            return new FileManifest(root.GetProperty("id").GetString()!, root.GetProperty("version").GetString()!, files);
        }
        catch (Exception ex) when (ex is JsonException or KeyNotFoundException or InvalidOperationException or FormatException)
        {
            return null;
        }
    }

    /// <summary>
    /// Compares the manifest with what is on disk: files changed, missing, or not listed. Empty when they match.
    /// </summary>
    /// <param name="folder">The installed plugin folder.</param>
    public IReadOnlyList<string> Compare(string folder)
    {
        var problems = new List<string>();
        var onDisk = FilesOf(folder).ToDictionary(f => f.RelativePath, f => f.FullPath, StringComparer.Ordinal);
        foreach (var expected in Files)
        {
            if (!onDisk.Remove(expected.Path, out var full))
            {
                problems.Add($"{expected.Path} is missing");
                continue;
            }

            var actual = Hash(expected.Path, File.ReadAllBytes(full));
            if (actual.Sha256 != expected.Sha256 || actual.Size != expected.Size)
            {
                problems.Add($"{expected.Path} was changed");
            }
        }

        problems.AddRange(onDisk.Keys.Select(extra => $"{extra} is not part of the package"));
        return problems;
    }
}

/// <summary>One file of a plugin in its hash manifest.</summary>
/// <param name="Path">Path inside the plugin folder, '/' separators.</param>
/// <param name="Sha256">SHA-256 of the content, lower-case hex.</param>
/// <param name="Size">Size in bytes.</param>
public sealed record FileHash(string Path, string Sha256, long Size);
