using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Platform.Apps.Api;
using Platform.Apps.Api.News;
using Platform.Apps.Documents.Authoring;
using Platform.Apps.Documents.Persistence;
using Platform.Contracts.Errors;

namespace Platform.Apps.Documents.NewsPublishing;

/// <summary>
/// <c>POST /documents/{id}/publish-as-news</c>: asks the News app, through Platform.Apps.Api, to publish the document.
/// Sent from the endpoint and not from a Documents command: the kernel refuses a command of another module while one
/// of ours holds a transaction. Without News installed, sending fails with <c>messaging.no_handler</c> (503).
/// News confirms with <see cref="NewsArticlePublished"/>, which <see cref="RecordNewsArticleHandler"/> stores.
/// </summary>
internal static class PublishAsNewsEndpoint
{
    public static void MapPublishAsNews(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapPost("/documents/{id}/publish-as-news", PublishAsync)
            .WithTags("Documents")
            .WithName("Documents_PublishAsNews")
            .WithSummary("Publishes a document as a News article (needs the News app).")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);

    private static async Task<Ok<PublishedAsNews>> PublishAsync(
        string id,
        [FromServices] DocumentsDbContext db,
        [FromServices] IMediator mediator,
        CancellationToken cancellationToken)
    {
        var document = await db.GetDocumentAsync(id, cancellationToken);
        if (document.NewsArticleId is { } articleId)
        {
            throw PlatformException.Conflict("documents.document.already_published", $"Document '{id}' is already published as news article '{articleId}'.");
        }

        var request = new PublishNewsArticle(document.Title, document.Body, new SourceReference(DocumentsModule.Id, document.Id));
        var published = await mediator.Send(request, cancellationToken);
        return TypedResults.Ok(new PublishedAsNews(document.Id, published.ArticleId, published.Status));
    }
}
