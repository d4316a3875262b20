using System.Security.Cryptography;

namespace Platform.Apps.Documents.Attachments;

/// <summary>
/// Attachment contents under <c>&lt;module data&gt;/blobs/ab/abcdef…</c>, named by their SHA-256: the same content is
/// stored once, and a file changed on disk no longer matches its name (the signature check recomputes the hash).
/// </summary>
internal sealed class BlobStore(DocumentsSettings settings)
{
    private readonly string _root = Path.Combine(settings.DataDirectory, "blobs");

    /// <summary>Copies <paramref name="content"/> into the store; fails with <see cref="TooLargeException"/> past <paramref name="maxBytes"/>.</summary>
    public async Task<(string Sha256, long Size)> PutAsync(Stream content, long maxBytes, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(_root);
        var temp = Path.Combine(_root, $"upload-{Guid.NewGuid():N}.tmp");
        try
        {
            using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
            long size = 0;
            await using (var file = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None, 81920, useAsync: true))
            {
                var buffer = new byte[81920];
                int read;
                while ((read = await content.ReadAsync(buffer, cancellationToken)) > 0)
                {
                    size += read;
                    if (size > maxBytes)
                    {
                        throw new TooLargeException();
                    }

                    hash.AppendData(buffer, 0, read);
                    await file.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
                }
            }

            var sha = Convert.ToHexStringLower(hash.GetHashAndReset());
            var path = PathOf(sha);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            if (!File.Exists(path))
            {
                File.Move(temp, path, overwrite: true);
            }

            return (sha, size);
        }
        finally
        {
            File.Delete(temp);
        }
    }

    /// <summary>Opens the stored content for reading.</summary>
    public Stream Open(string sha256) => File.OpenRead(PathOf(sha256));

    /// <summary>The SHA-256 of what is on disk now under <paramref name="sha256"/> (null when the file is missing).</summary>
    public async Task<string?> HashOnDiskAsync(string sha256, CancellationToken cancellationToken)
    {
        var path = PathOf(sha256);
        if (!File.Exists(path))
        {
            return null;
        }

        await using var file = File.OpenRead(path);
        return Convert.ToHexStringLower(await SHA256.HashDataAsync(file, cancellationToken));
    }

    /// <summary>Where a content is stored.</summary>
    public string PathOf(string sha256)
    {
        if (sha256.Length != 64 || !sha256.All(Uri.IsHexDigit))
        {
            throw new ArgumentException("Not a SHA-256 in hex.", nameof(sha256));
        }

        return Path.Combine(_root, sha256[..2], sha256);
    }

    /// <summary>The content is larger than allowed.</summary>
    public sealed class TooLargeException : Exception;
}
