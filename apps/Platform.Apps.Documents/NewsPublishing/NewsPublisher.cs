using MediatR;
using Platform.Apps.Api;
using Platform.Apps.Api.News;
using Platform.Apps.Documents.Drafting;
using Platform.Apps.Documents.Persistence;
using Platform.Contracts.Errors;

namespace Platform.Apps.Documents.NewsPublishing;

/// <summary>
/// After approval (and its commit), asks News through Platform.Apps.Api to publish the document when its type names a
/// News category — once. Without News the request fails with <c>messaging.no_handler</c>: the document stays approved
/// and records <c>not_possible</c>; another failure records <c>failed</c> with News' message.
/// </summary>
internal sealed class NewsPublisher(DocumentsDbContext db, IMediator mediator)
{
    public const string NotPossible = "not_possible";

    public const string Failed = "failed";

    public async Task PublishIfRequestedAsync(Document document, CancellationToken cancellationToken)
    {
        if (document.Status != DocumentStatus.Approved || document.NewsState is not null)
        {
            return;
        }

        var type = await db.GetTypeAsync(document.TypeKey, cancellationToken);
        if (type.NewsCategory is null)
        {
            return;
        }

        var title = document.Number is null ? document.Title : $"{document.Title}（{document.Number}）";
        try
        {
            var published = await mediator.Send(new PublishNewsArticle(title, document.Body, new SourceReference(DocumentsModule.Id, document.Id)) { Category = type.NewsCategory }, cancellationToken);
            document.NewsState = published.Status;
            document.NewsArticleId = published.ArticleId;
            document.NewsNote = null;
        }
        catch (PlatformException e) when (e.Code == ErrorCodes.NoHandler)
        {
            document.NewsState = NotPossible;
            document.NewsNote = "Publication as news was not possible: the News app is not installed.";
        }
        catch (PlatformException e)
        {
            document.NewsState = Failed;
            var note = $"News refused the publication ({e.Code}): {e.Message}";
            document.NewsNote = note.Length > 500 ? note[..500] : note;
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}
