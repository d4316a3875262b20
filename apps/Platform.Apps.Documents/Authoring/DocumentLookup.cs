using Microsoft.EntityFrameworkCore;
using Platform.Apps.Documents.Persistence;
using Platform.Contracts.Errors;

namespace Platform.Apps.Documents.Authoring;

/// <summary>Reads one document for the endpoints.</summary>
internal static class DocumentLookup
{
    /// <summary>The document (tracked), or a 404 failure with <c>documents.document.not_found</c>.</summary>
    public static async Task<Document> GetDocumentAsync(this DocumentsDbContext db, string id, CancellationToken cancellationToken) =>
        await db.Documents.FirstOrDefaultAsync(d => d.Id == id, cancellationToken)
        ?? throw PlatformException.NotFound("documents.document.not_found", $"There is no document '{id}'.");
}
