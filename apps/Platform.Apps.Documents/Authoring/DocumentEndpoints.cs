using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Platform.Apps.Documents.Persistence;

namespace Platform.Apps.Documents.Authoring;

/// <summary><c>/documents</c>: reads go to the database, writes through <see cref="CreateDocument"/>.</summary>
internal static class DocumentEndpoints
{
    private const string GetDocumentName = "Documents_GetDocument";

    public static void MapDocuments(this IEndpointRouteBuilder endpoints)
    {
        var documents = endpoints.MapGroup("/documents").WithTags("Documents");
        documents.MapGet("", ListAsync).WithName("Documents_ListDocuments").WithSummary("Lists documents, newest first.");
        documents.MapGet("/{id}", GetAsync).WithName(GetDocumentName).WithSummary("Gets one document.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        documents.MapPost("", CreateAsync).WithName("Documents_CreateDocument").WithSummary("Drafts a new document.")
            .ProducesValidationProblem();
    }

    private static async Task<Ok<DocumentResponse[]>> ListAsync([FromServices] DocumentsDbContext db, CancellationToken cancellationToken)
    {
        var documents = await db.Documents.AsNoTracking().OrderByDescending(d => d.CreatedAt).ToListAsync(cancellationToken);
        return TypedResults.Ok(documents.Select(DocumentResponse.From).ToArray());
    }

    private static async Task<Ok<DocumentResponse>> GetAsync(string id, [FromServices] DocumentsDbContext db, CancellationToken cancellationToken) =>
        TypedResults.Ok(DocumentResponse.From(await db.GetDocumentAsync(id, cancellationToken)));

    private static async Task<Created<DocumentResponse>> CreateAsync(
        DocumentInput input,
        HttpContext http,
        [FromServices] IMediator mediator,
        [FromServices] LinkGenerator links,
        CancellationToken cancellationToken)
    {
        var document = await mediator.Send(new CreateDocument(input.Title ?? "", input.Body ?? ""), cancellationToken);
        return TypedResults.Created(links.GetPathByName(http, GetDocumentName, new { id = document.Id }), document);
    }
}
