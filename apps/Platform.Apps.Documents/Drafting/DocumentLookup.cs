using Microsoft.EntityFrameworkCore;
using Platform.Apps.Documents.Persistence;
using Platform.Apps.Documents.Types;

namespace Platform.Apps.Documents.Drafting;

/// <summary>Reads documents and types for the endpoints.</summary>
internal static class DocumentLookup
{
    /// <summary>The document (tracked), or 404 <c>documents.document.not_found</c>.</summary>
    public static async Task<Document> GetDocumentAsync(this DocumentsDbContext db, string id, CancellationToken cancellationToken) =>
        await db.Documents.FirstOrDefaultAsync(d => d.Id == id, cancellationToken) ?? throw DocumentErrors.DocumentNotFound(id);

    /// <summary>The type (tracked), or 404 <c>documents.type.not_found</c>.</summary>
    public static async Task<DocumentType> GetTypeAsync(this DocumentsDbContext db, string key, CancellationToken cancellationToken) =>
        await db.Types.FirstOrDefaultAsync(t => t.Key == key, cancellationToken) ?? throw DocumentErrors.TypeNotFound(key);

    /// <summary>Refuses changes to an archived document.</summary>
    public static void RequireNotArchived(this Document document)
    {
        if (document.Status == DocumentStatus.Archived)
        {
            throw DocumentErrors.ReadOnly(document.Id);
        }
    }

    /// <summary>Refuses changes unless the document is a draft or was returned to the drafter.</summary>
    public static void RequireEditable(this Document document)
    {
        document.RequireNotArchived();
        if (document.Status is not (DocumentStatus.Draft or DocumentStatus.Returned))
        {
            throw DocumentErrors.WrongState(document.Id, document.Status, "a draft or returned");
        }
    }
}
