using MediatR;
using Platform.Apps.Api.News;
using Platform.Apps.Documents.Persistence;

namespace Platform.Apps.Documents.NewsPublishing;

/// <summary>When News published one of our documents, records the article on the document.</summary>
internal sealed class RecordNewsArticleHandler(DocumentsDbContext db) : INotificationHandler<NewsArticlePublished>
{
    public async Task Handle(NewsArticlePublished notification, CancellationToken cancellationToken)
    {
        if (notification.Source is not { App: DocumentsModule.Id, Id: var documentId })
        {
            return;
        }

        var document = await db.Documents.FindAsync([documentId], cancellationToken);
        if (document is null)
        {
            return;
        }

        document.NewsArticleId = notification.ArticleId;
        document.PublishedAsNewsAt = notification.PublishedAt;
        await db.SaveChangesAsync(cancellationToken);
    }
}
