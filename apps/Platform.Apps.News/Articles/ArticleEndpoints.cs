using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Platform.Apps.Api;
using Platform.Apps.Api.News;
using Platform.Apps.News.Persistence;
using Platform.Contracts.Errors;

namespace Platform.Apps.News.Articles;

/// <summary><c>/articles</c>: reads go to the database, writes through <see cref="PublishNewsArticle"/>.</summary>
internal static class ArticleEndpoints
{
    private const string GetArticleName = "News_GetArticle";

    public static void MapArticles(this IEndpointRouteBuilder endpoints)
    {
        var articles = endpoints.MapGroup("/articles").WithTags("News");
        articles.MapGet("", ListAsync).WithName("News_ListArticles").WithSummary("Lists articles, newest first.");
        articles.MapGet("/{id}", GetAsync).WithName(GetArticleName).WithSummary("Gets one article.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        articles.MapPost("", PublishAsync).WithName("News_PublishArticle").WithSummary("Publishes an article written in News.")
            .ProducesValidationProblem();
    }

    private static async Task<Ok<ArticleResponse[]>> ListAsync([FromServices] NewsDbContext db, CancellationToken cancellationToken)
    {
        var articles = await db.Articles.AsNoTracking().OrderByDescending(a => a.PublishedAt).ToListAsync(cancellationToken);
        return TypedResults.Ok(articles.Select(ArticleResponse.From).ToArray());
    }

    private static async Task<Ok<ArticleResponse>> GetAsync(string id, [FromServices] NewsDbContext db, CancellationToken cancellationToken)
    {
        var article = await db.Articles.AsNoTracking().FirstOrDefaultAsync(a => a.Id == id, cancellationToken)
            ?? throw PlatformException.NotFound("news.article.not_found", $"There is no article '{id}'.");
        return TypedResults.Ok(ArticleResponse.From(article));
    }

    private static async Task<Created<ArticleResponse>> PublishAsync(
        ArticleInput input,
        HttpContext http,
        [FromServices] IMediator mediator,
        [FromServices] NewsDbContext db,
        [FromServices] LinkGenerator links,
        [FromServices] TimeProvider clock,
        CancellationToken cancellationToken)
    {
        var id = Guid.CreateVersion7(clock.GetUtcNow()).ToString();
        var request = new PublishNewsArticle(input.Title ?? "", input.Body ?? "", new SourceReference(NewsModule.Id, id));
        var published = await mediator.Send(request, cancellationToken);

        var article = await db.Articles.FirstAsync(a => a.Id == published.ArticleId, cancellationToken);
        return TypedResults.Created(links.GetPathByName(http, GetArticleName, new { id = article.Id }), ArticleResponse.From(article));
    }
}
