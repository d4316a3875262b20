using System.IO.Compression;
using Platform.Contracts.Modules;
using Platform.Core.Modules;

namespace Platform.Core.Packaging;

/// <summary>
/// A plugin package (<c>&lt;id&gt;-&lt;version&gt;.platform-plugin</c>): a zip of the plugin folder with its
/// <c>plugin.json</c>, the hash manifest <c>plugin.files.json</c> and the detached signature
/// <c>plugin.signature.json</c> over the manifest's exact bytes. Opening one checks all of it.
/// </summary>
public sealed class PluginPackage
{
    /// <summary>The package file extension.</summary>
    public const string Extension = ".platform-plugin";

    private const long MaxUnpackedBytes = 512L * 1024 * 1024;
    private static readonly DateTimeOffset EntryTime = new(1980, 1, 1, 0, 0, 0, TimeSpan.Zero);

    private readonly Dictionary<string, byte[]> _files;

    private PluginPackage(PluginManifest manifest, FileManifest files, byte[] manifestBytes, DetachedSignature signature, Dictionary<string, byte[]> content)
    {
        Manifest = manifest;
        Files = files;
        ManifestBytes = manifestBytes;
        Signature = signature;
        _files = content;
    }

    /// <summary>The plugin's <c>plugin.json</c>.</summary>
    public PluginManifest Manifest { get; }

    /// <summary>The hash manifest.</summary>
    public FileManifest Files { get; }

    /// <summary>The exact bytes the signature covers.</summary>
    public byte[] ManifestBytes { get; }

    /// <summary>The package's signature.</summary>
    public DetachedSignature Signature { get; }

    /// <summary>The standard file name of a package.</summary>
    /// <param name="manifest">The plugin's manifest.</param>
    public static string FileNameOf(PluginManifest manifest) => $"{manifest.Id}-{manifest.Version}{Extension}";

    /// <summary>
    /// Packs a built plugin folder: reads and checks its <c>plugin.json</c>, hashes every file, signs the manifest and
    /// writes the zip (entries sorted, fixed timestamps: the same folder and key give the same content).
    /// </summary>
    /// <param name="folder">The plugin folder (e.g. <c>artifacts/plugins/news</c>).</param>
    /// <param name="key">The vendor's signing key.</param>
    /// <param name="output">The package file (ending in <see cref="Extension"/>), or a directory to write <see cref="FileNameOf"/> into; the current directory by default.</param>
    /// <returns>The package file written.</returns>
    public static string Pack(string folder, SigningKey key, string? output = null)
    {
        var manifestFile = Path.Combine(folder, ManifestReader.FileName);
        if (!File.Exists(manifestFile))
        {
            throw new PackagingException($"{folder} has no {ManifestReader.FileName}: it is not a plugin folder.");
        }

        var (manifest, problems) = ManifestReader.Parse(File.ReadAllText(manifestFile));
        if (manifest is null)
        {
            throw new PackagingException($"{ManifestReader.FileName} is malformed: {string.Join("; ", problems)}.");
        }

        if (!File.Exists(Path.Combine(folder, manifest.EntryAssembly)))
        {
            throw new PackagingException($"The entry assembly {manifest.EntryAssembly} named in plugin.json is not in {folder}; build the plugin first.");
        }

        var files = FileManifest.FilesOf(folder);
        var hashes = FileManifest.Create(folder, manifest.Id, manifest.Version);
        var manifestBytes = hashes.ToCanonicalBytes();
        var signature = key.Sign(manifestBytes);

        var target = output is null ? Path.Combine(Directory.GetCurrentDirectory(), FileNameOf(manifest))
            : Directory.Exists(output) || !output.EndsWith(Extension, StringComparison.OrdinalIgnoreCase) ? Path.Combine(output, FileNameOf(manifest))
            : output;
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(target))!);
        var temp = target + ".tmp";
        try
        {
            using (var zip = ZipFile.Open(temp, ZipArchiveMode.Create))
            {
                foreach (var (relative, full) in files)
                {
                    Add(zip, relative, File.ReadAllBytes(full));
                }

                Add(zip, FileManifest.FileName, manifestBytes);
                Add(zip, FileManifest.SignatureFileName, signature.ToJsonBytes());
            }

            File.Move(temp, target, overwrite: true);
        }
        finally
        {
            File.Delete(temp);
        }

        return target;
    }

    /// <summary>
    /// Opens a package and checks it: safe entry names, a readable <c>plugin.json</c>, every file matching the hash
    /// manifest and nothing unlisted, and a signature over the manifest by a key in <paramref name="trusted"/>.
    /// </summary>
    /// <param name="path">The package file.</param>
    /// <param name="trusted">Vendor keys to accept.</param>
    /// <exception cref="PackagingException">The package is unusable; the message says why.</exception>
    public static PluginPackage Open(string path, TrustedKeys trusted)
    {
        var package = OpenUnverified(path);
        switch (trusted.Verify(package.ManifestBytes, package.Signature))
        {
            case SignatureCheck.Valid:
                return package;
            case SignatureCheck.UntrustedKey:
                throw new PackagingException($"{Path.GetFileName(path)} is signed by key '{package.Signature.KeyId}', which this host does not trust. Add the vendor's public key as trust/plugins/{package.Signature.KeyId}{SigningKey.PublicSuffix} in the data directory (or Platform:Plugins:TrustedKeys) if you trust this vendor.");
            default:
                throw new PackagingException($"{Path.GetFileName(path)}: the signature does not match the package's file manifest (key '{package.Signature.KeyId}'); the package was altered or the signature forged.");
        }
    }

    /// <summary>Opens a package and checks its contents against its hash manifest, but not who signed it.</summary>
    /// <param name="path">The package file.</param>
    /// <exception cref="PackagingException">The package is unusable; the message says why.</exception>
    public static PluginPackage OpenUnverified(string path)
    {
        var name = Path.GetFileName(path);
        Dictionary<string, byte[]> content;
        try
        {
            content = ReadEntries(path, name);
        }
        catch (InvalidDataException ex)
        {
            throw new PackagingException($"{name} is not a plugin package (not a readable zip: {ex.Message}).");
        }

        if (!content.Remove(FileManifest.FileName, out var manifestBytes) || FileManifest.TryParse(manifestBytes) is not { } files)
        {
            throw new PackagingException($"{name} has no readable {FileManifest.FileName}: it is not a plugin package made by `platform plugin pack`.");
        }

        if (!content.Remove(FileManifest.SignatureFileName, out var signatureBytes) || DetachedSignature.TryParse(signatureBytes) is not { } signature)
        {
            throw new PackagingException($"{name} is not signed (no readable {FileManifest.SignatureFileName}).");
        }

        var problems = new List<string>();
        foreach (var expected in files.Files)
        {
            if (!content.TryGetValue(expected.Path, out var bytes))
            {
                problems.Add($"{expected.Path} is missing");
            }
            else if (FileManifest.Hash(expected.Path, bytes) is var actual && (actual.Sha256 != expected.Sha256 || actual.Size != expected.Size))
            {
                problems.Add($"{expected.Path} was changed");
            }
        }

        problems.AddRange(content.Keys.Where(k => files.Files.All(f => f.Path != k)).Select(k => $"{k} is not in the file manifest"));
        if (problems.Count > 0)
        {
            throw new PackagingException($"{name} does not match its file manifest ({string.Join("; ", problems)}): the package was tampered with.");
        }

        if (!content.TryGetValue(ManifestReader.FileName, out var pluginJson))
        {
            throw new PackagingException($"{name} has no {ManifestReader.FileName}.");
        }

        var (manifest, manifestProblems) = ManifestReader.Parse(System.Text.Encoding.UTF8.GetString(pluginJson));
        if (manifest is null)
        {
            throw new PackagingException($"{name}: {ManifestReader.FileName} is malformed: {string.Join("; ", manifestProblems)}.");
        }

        if (manifest.Id != files.Id || manifest.Version != files.Version)
        {
            throw new PackagingException($"{name}: the file manifest is for {files.Id} {files.Version} but plugin.json says {manifest.Id} {manifest.Version}.");
        }

        return new PluginPackage(manifest, files, manifestBytes, signature, content);
    }

    /// <summary>Writes the plugin folder (files, hash manifest, signature) into <paramref name="folder"/>, which must not exist.</summary>
    /// <param name="folder">The new plugin folder.</param>
    public void ExtractTo(string folder)
    {
        if (Directory.Exists(folder))
        {
            throw new PackagingException($"{folder} already exists.");
        }

        Directory.CreateDirectory(folder);
        var root = Path.GetFullPath(folder) + Path.DirectorySeparatorChar;
        foreach (var (relative, bytes) in _files)
        {
            var target = Path.GetFullPath(Path.Combine(folder, relative));
            if (!target.StartsWith(root, StringComparison.Ordinal))
            {
                throw new PackagingException($"The entry {relative} points outside the plugin folder.");
            }

            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.WriteAllBytes(target, bytes);
        }

        File.WriteAllBytes(Path.Combine(folder, FileManifest.FileName), ManifestBytes);
        File.WriteAllBytes(Path.Combine(folder, FileManifest.SignatureFileName), Signature.ToJsonBytes());
    }

    private static Dictionary<string, byte[]> ReadEntries(string path, string name)
    {
        var content = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        long total = 0;
        using var zip = ZipFile.OpenRead(path);
        foreach (var entry in zip.Entries)
        {
            if (entry.FullName.EndsWith('/'))
            {
                continue;
            }

            if (!IsSafeEntryName(entry.FullName))
            {
                throw new PackagingException($"{name} holds an entry with an unsafe name ({entry.FullName}); refusing it.");
            }

            total += entry.Length;
            if (total > MaxUnpackedBytes)
            {
                throw new PackagingException($"{name} unpacks to more than {MaxUnpackedBytes / (1024 * 1024)} MB; refusing it.");
            }

            using var stream = entry.Open();
            using var buffer = new MemoryStream();
            stream.CopyTo(buffer);
            if (!content.TryAdd(entry.FullName, buffer.ToArray()))
            {
                throw new PackagingException($"{name} holds {entry.FullName} twice; refusing it.");
            }
        }

        return content;
    }

    private static bool IsSafeEntryName(string name) =>
        name.Length > 0 && !name.StartsWith('/') && !name.Contains('\\') && !name.Contains(':') &&
        name.Split('/').All(part => part.Length > 0 && part != "." && part != "..");

    private static void Add(ZipArchive zip, string name, byte[] content)
    {
        var entry = zip.CreateEntry(name, CompressionLevel.Optimal);
        entry.LastWriteTime = EntryTime;
        using var stream = entry.Open();
        stream.Write(content);
    }
}
