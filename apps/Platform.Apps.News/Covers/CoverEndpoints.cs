using System.Security.Cryptography;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Platform.Apps.News.Access;
using Platform.Apps.News.Articles;
using Platform.Apps.News.Persistence;
using Platform.Contracts.Errors;

namespace Platform.Apps.News.Covers;

/// <summary>
/// <c>/articles/{id}/cover</c>: the cover image, sent as the raw request body with its <c>Content-Type</c>. Only PNG,
/// JPEG, GIF and WebP are accepted, and only when the bytes really are that format; at most
/// <see cref="CoverStore.MaxBytes"/>. Stored once per content (SHA-256) under the module's data directory.
/// </summary>
internal static class CoverEndpoints
{
    public static void MapCovers(this RouteGroupBuilder articles)
    {
        articles.MapPut("/{id}/cover", PutAsync).WithName("News_PutCover").WithSummary("Sets the cover image (editors); the body is the image.")
            .Accepts<Stream>("image/png", "image/jpeg", "image/gif", "image/webp")
            .ProducesValidationProblem();
        articles.MapGet("/{id}/cover", GetAsync).WithName("News_GetCover").WithSummary("The cover image.")
            .ProducesProblem(StatusCodes.Status404NotFound);
    }

    private static async Task<Ok<ArticleResponse>> PutAsync(
        string id,
        HttpRequest request,
        [FromServices] NewsDbContext db,
        [FromServices] NewsAccess access,
        [FromServices] CoverStore covers,
        [FromServices] TimeProvider clock,
        CancellationToken cancellationToken)
    {
        var (article, category) = await ArticleEndpoints.FindVisibleAsync(db, access, id, tracked: true, cancellationToken);
        access.RequireEditor(category);
        var contentType = request.ContentType?.Split(';')[0].Trim().ToLowerInvariant() ?? "";
        if (!CoverStore.Types.ContainsKey(contentType))
        {
            throw Invalid("news.cover_type", $"A cover is PNG, JPEG, GIF or WebP (Content-Type {string.Join(", ", CoverStore.Types.Keys)}), not '{contentType}'.");
        }

        var bytes = await ReadLimitedAsync(request.Body, covers.MaxBytes, cancellationToken);
        if (bytes.Length == 0)
        {
            throw Invalid("required", "The request body is the image; it is empty.");
        }

        if (!CoverStore.Types[contentType](bytes))
        {
            throw Invalid("news.cover_type", $"The bytes are not an image of type {contentType}.");
        }

        article.CoverHash = await covers.SaveAsync(bytes, cancellationToken);
        article.CoverContentType = contentType;
        article.UpdatedAt = clock.GetUtcNow();
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(ArticleResponse.From(article));
    }

    private static async Task<IResult> GetAsync(
        string id,
        [FromServices] NewsDbContext db,
        [FromServices] NewsAccess access,
        [FromServices] CoverStore covers,
        CancellationToken cancellationToken)
    {
        var (article, _) = await ArticleEndpoints.FindVisibleAsync(db, access, id, tracked: false, cancellationToken);
        if (article is not { CoverHash: { } hash, CoverContentType: { } type } || covers.PathOf(hash) is not { } path)
        {
            throw PlatformException.NotFound("news.cover_not_found", $"Article '{id}' has no cover.");
        }

        return TypedResults.PhysicalFile(path, type, entityTag: new Microsoft.Net.Http.Headers.EntityTagHeaderValue($"\"{hash}\""));
    }

    private static PlatformException Invalid(string code, string message) => PlatformException.Validation([new FieldError("cover", code, message)]);

    private static async Task<byte[]> ReadLimitedAsync(Stream body, long maxBytes, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > maxBytes)
            {
                throw new PlatformException("news.cover_too_large", $"A cover is at most {maxBytes} bytes.", ErrorKind.Validation, [new FieldError("cover", "news.cover_too_large", $"At most {maxBytes} bytes.")]);
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }
}

/// <summary>Cover files under <c>&lt;module data&gt;/covers/&lt;first two hex digits&gt;/&lt;sha-256&gt;</c>; identical images are stored once.</summary>
internal sealed class CoverStore(string root, long maxBytes)
{
    /// <summary>Accepted content types and their signature checks.</summary>
    public static readonly IReadOnlyDictionary<string, Func<byte[], bool>> Types = new Dictionary<string, Func<byte[], bool>>(StringComparer.Ordinal)
    {
        ["image/png"] = b => b.AsSpan().StartsWith(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A }),
        ["image/jpeg"] = b => b.AsSpan().StartsWith(new byte[] { 0xFF, 0xD8, 0xFF }),
        ["image/gif"] = b => b.AsSpan().StartsWith("GIF87a"u8) || b.AsSpan().StartsWith("GIF89a"u8),
        ["image/webp"] = b => b.Length >= 12 && b.AsSpan(0, 4).SequenceEqual("RIFF"u8) && b.AsSpan(8, 4).SequenceEqual("WEBP"u8),
    };

    public long MaxBytes => maxBytes;

    /// <summary>Stores the bytes (written to a temporary file and moved in place) and returns their hash.</summary>
    public async Task<string> SaveAsync(byte[] bytes, CancellationToken cancellationToken)
    {
        var hash = Convert.ToHexStringLower(SHA256.HashData(bytes));
        var path = Target(hash);
        if (!File.Exists(path))
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            var temporary = path + "." + Guid.NewGuid().ToString("N") + ".tmp";
            await File.WriteAllBytesAsync(temporary, bytes, cancellationToken);
            File.Move(temporary, path, overwrite: true);
        }

        return hash;
    }

    /// <summary>The file of a stored hash, or <see langword="null"/> when it is missing.</summary>
    public string? PathOf(string hash) => hash.Length == 64 && hash.All(char.IsAsciiHexDigitLower) && File.Exists(Target(hash)) ? Target(hash) : null;

    private string Target(string hash) => Path.Combine(root, hash[..2], hash);
}
