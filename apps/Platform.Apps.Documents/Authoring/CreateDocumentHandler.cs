using MediatR;
using Platform.Apps.Documents.Persistence;

namespace Platform.Apps.Documents.Authoring;

/// <summary>Stores a new draft; the kernel wraps it in a transaction of <see cref="DocumentsDbContext"/>.</summary>
internal sealed class CreateDocumentHandler(DocumentsDbContext db, TimeProvider clock) : IRequestHandler<CreateDocument, DocumentResponse>
{
    public async Task<DocumentResponse> Handle(CreateDocument request, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var document = new Document
        {
            Id = Guid.CreateVersion7(now).ToString(),
            Title = request.Title.Trim(),
            Body = request.Body,
            Status = DocumentStatus.Draft,
            CreatedAt = now,
        };
        db.Documents.Add(document);
        await db.SaveChangesAsync(cancellationToken);
        return DocumentResponse.From(document);
    }
}
