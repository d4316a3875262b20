using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Platform.Apps.News.Access;
using Platform.Apps.News.Categories;
using Platform.Apps.News.Covers;
using Platform.Apps.News.Persistence;
using Platform.Apps.News.Reading;
using Platform.Apps.News.Reviewing;
using Platform.Contracts.Errors;
using Platform.Contracts.Persistence;

namespace Platform.Apps.News.Articles;

/// <summary><c>/articles</c>: drafting, submission, publication, withdrawal, pinning and reading (docs/news.md).</summary>
internal static class ArticleEndpoints
{
    private const string GetArticleName = "News_GetArticle";

    public static void MapArticles(this IEndpointRouteBuilder endpoints)
    {
        var articles = endpoints.MapGroup("/articles").WithTags("News");
        articles.MapGet("", ListAsync).WithName("News_ListArticles")
            .WithSummary("Lists articles: published ones of readable categories (pinned first, then newest), or another status for editors and reviewers.");
        articles.MapGet("/{id}", GetAsync).WithName(GetArticleName).WithSummary("Gets one article; reading a published one leaves the member's read receipt.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        articles.MapPost("", CreateAsync).WithName("News_CreateArticle").WithSummary("Creates a draft (editors of the category).")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden);
        articles.MapPut("/{id}", UpdateAsync).WithName("News_UpdateArticle").WithSummary("Changes a draft or withdrawn article (editors).")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        articles.MapPost("/{id}/submit", SubmitAsync).WithName("News_SubmitArticle")
            .WithSummary("Submits for review with the category's process, or publishes (or schedules) at once when it has none (editors).")
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        articles.MapPost("/{id}/withdraw", WithdrawAsync).WithName("News_WithdrawArticle").WithSummary("Takes a published or scheduled article down (reviewers).")
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        articles.MapPut("/{id}/pin", PinAsync)
            .WithName("News_PinArticle").WithSummary("Pins a published article to the top of its lists (reviewers).");
        articles.MapDelete("/{id}/pin", UnpinAsync)
            .WithName("News_UnpinArticle").WithSummary("Unpins an article (reviewers).");
        articles.MapGet("/{id}/reads", ReadsAsync).WithName("News_ArticleReads").WithSummary("Who read the article and when, first readers first (editors and reviewers).");
        articles.MapCovers();
    }

    /// <summary>
    /// The article with its category when the member may see it: published ones need read access to the category,
    /// others editor or reviewer rights. Otherwise 404, so what one may not see is not revealed.
    /// </summary>
    public static async Task<(Article Article, Category Category)> FindVisibleAsync(NewsDbContext db, NewsAccess access, string id, bool tracked, CancellationToken cancellationToken)
    {
        var query = tracked ? db.Articles : db.Articles.AsNoTracking();
        var article = await query.FirstOrDefaultAsync(a => a.Id == id, cancellationToken);
        var category = article is null ? null : await db.Categories.AsNoTracking().FirstAsync(c => c.Key == article.CategoryKey, cancellationToken);
        var visible = article is not null && category is not null && (article.Status == ArticleStatus.Published
            ? access.CanRead(category)
            : access.CanEdit(category) || access.CanReview(category));
        return visible ? (article!, category!) : throw PlatformException.NotFound("news.article_not_found", $"There is no article '{id}'.");
    }

    private static async Task<Ok<ArticleResponse[]>> ListAsync(
        [FromQuery] string? category,
        [FromQuery] string? status,
        [FromQuery] int? offset,
        [FromQuery] int? limit,
        [FromServices] NewsDbContext db,
        [FromServices] NewsAccess access,
        CancellationToken cancellationToken)
    {
        var wanted = status ?? ArticleStatus.Published;
        if (wanted is not (ArticleStatus.Published or ArticleStatus.Draft or ArticleStatus.InReview or ArticleStatus.Scheduled or ArticleStatus.Withdrawn))
        {
            throw PlatformException.Validation([new FieldError("status", "news.status_invalid", "status is one of published, draft, in_review, scheduled, withdrawn.")]);
        }

        var categories = await db.Categories.AsNoTracking().ToListAsync(cancellationToken);
        var keys = categories
            .Where(c => wanted == ArticleStatus.Published ? access.CanRead(c) : access.CanEdit(c) || access.CanReview(c))
            .Where(c => category is null || c.Key == category)
            .Select(c => c.Key)
            .ToList();
        var page = new Contracts.Paging.PageRequest(offset ?? 0, limit ?? Contracts.Paging.PageRequest.DefaultLimit);
        var articles = await db.Articles.AsNoTracking()
            .Where(a => a.Status == wanted && keys.Contains(a.CategoryKey))
            .OrderByDescending(a => a.Pinned).ThenByDescending(a => a.PinnedAt).ThenByDescending(a => a.PublishedAt).ThenByDescending(a => a.UpdatedAt)
            .Skip(page.Offset).Take(page.Limit)
            .ToListAsync(cancellationToken);
        return TypedResults.Ok(articles.Select(ArticleResponse.From).ToArray());
    }

    private static async Task<Ok<ArticleResponse>> GetAsync(
        string id,
        [FromServices] NewsDbContext db,
        [FromServices] NewsAccess access,
        [FromServices] ReadReceipts receipts,
        CancellationToken cancellationToken)
    {
        var (article, _) = await FindVisibleAsync(db, access, id, tracked: false, cancellationToken);
        if (article.Status == ArticleStatus.Published && access.IsMember && await receipts.RecordAsync(article.Id, access.MemberId, cancellationToken))
        {
            article.ReadCount++;
        }

        return TypedResults.Ok(ArticleResponse.From(article));
    }

    private static async Task<Created<ArticleResponse>> CreateAsync(
        ArticleInput input,
        HttpContext http,
        [FromServices] NewsDbContext db,
        [FromServices] NewsAccess access,
        [FromServices] LinkGenerator links,
        [FromServices] TimeProvider clock,
        CancellationToken cancellationToken)
    {
        var errors = new List<FieldError>();
        ArticleRules.Check(input.Title, input.Body, errors);
        if (errors.Count > 0)
        {
            throw PlatformException.Validation(errors);
        }

        var category = await CategoryEndpoints.FindReadableAsync(db, access, input.Category ?? Category.DefaultKey, cancellationToken);
        access.RequireEditor(category);
        var now = clock.GetUtcNow();
        var article = new Article
        {
            Id = Guid.CreateVersion7(now).ToString(),
            CategoryKey = category.Key,
            Title = input.Title!.Trim(),
            Body = input.Body!,
            Status = ArticleStatus.Draft,
            AuthorId = access.MemberId,
            CreatedAt = now,
            UpdatedAt = now,
        };
        db.Articles.Add(article);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created(links.GetPathByName(http, GetArticleName, new { id = article.Id }), ArticleResponse.From(article));
    }

    private static async Task<Ok<ArticleResponse>> UpdateAsync(
        string id,
        ArticleInput input,
        [FromServices] NewsDbContext db,
        [FromServices] NewsAccess access,
        [FromServices] TimeProvider clock,
        CancellationToken cancellationToken)
    {
        var (article, category) = await FindVisibleAsync(db, access, id, tracked: true, cancellationToken);
        access.RequireEditor(category);
        var errors = new List<FieldError>();
        ArticleRules.Check(input.Title, input.Body, errors);
        if (errors.Count > 0)
        {
            throw PlatformException.Validation(errors);
        }

        if (!ArticleStatus.IsEditable(article.Status))
        {
            throw new PlatformException("news.article_not_editable", $"Article '{id}' is {article.Status}; only drafts and withdrawn articles are changed.", ErrorKind.Rule);
        }

        if (input.Category is { } key && key != article.CategoryKey)
        {
            var target = await CategoryEndpoints.FindReadableAsync(db, access, key, cancellationToken);
            access.RequireEditor(target);
            article.CategoryKey = target.Key;
        }

        article.Title = input.Title!.Trim();
        article.Body = input.Body!;
        article.UpdatedAt = clock.GetUtcNow();
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(ArticleResponse.From(article));
    }

    private static async Task<Ok<ArticleResponse>> SubmitAsync(
        string id,
        SubmitInput? input,
        [FromServices] NewsDbContext db,
        [FromServices] NewsAccess access,
        [FromServices] ArticleLifecycle lifecycle,
        [FromServices] IUnitOfWork unitOfWork,
        CancellationToken cancellationToken)
    {
        var article = await unitOfWork.RunAsync(async ct =>
        {
            var (article, category) = await FindVisibleAsync(db, access, id, tracked: true, ct);
            access.RequireEditor(category);
            await lifecycle.SubmitAsync(article, category, input?.PublishAt, ct);
            return article;
        }, cancellationToken);
        return TypedResults.Ok(ArticleResponse.From(article));
    }

    private static async Task<Ok<ArticleResponse>> WithdrawAsync(
        string id,
        [FromServices] NewsDbContext db,
        [FromServices] NewsAccess access,
        [FromServices] ArticleLifecycle lifecycle,
        [FromServices] IUnitOfWork unitOfWork,
        CancellationToken cancellationToken)
    {
        var article = await unitOfWork.RunAsync(async ct =>
        {
            var (article, category) = await FindVisibleAsync(db, access, id, tracked: true, ct);
            access.RequireReviewer(category);
            await lifecycle.WithdrawAsync(article, ct);
            return article;
        }, cancellationToken);
        return TypedResults.Ok(ArticleResponse.From(article));
    }

    private static Task<Ok<ArticleResponse>> PinAsync(
        string id, [FromServices] NewsDbContext db, [FromServices] NewsAccess access, [FromServices] TimeProvider clock, CancellationToken cancellationToken) =>
        SetPinnedAsync(id, true, db, access, clock, cancellationToken);

    private static Task<Ok<ArticleResponse>> UnpinAsync(
        string id, [FromServices] NewsDbContext db, [FromServices] NewsAccess access, [FromServices] TimeProvider clock, CancellationToken cancellationToken) =>
        SetPinnedAsync(id, false, db, access, clock, cancellationToken);

    private static async Task<Ok<ArticleResponse>> SetPinnedAsync(string id, bool pinned, NewsDbContext db, NewsAccess access, TimeProvider clock, CancellationToken cancellationToken)
    {
        var (article, category) = await FindVisibleAsync(db, access, id, tracked: true, cancellationToken);
        access.RequireReviewer(category);
        if (pinned && article.Status != ArticleStatus.Published)
        {
            throw new PlatformException("news.article_not_published", $"Article '{id}' is {article.Status}; only published articles are pinned.", ErrorKind.Rule);
        }

        if (article.Pinned != pinned)
        {
            article.Pinned = pinned;
            article.PinnedAt = pinned ? clock.GetUtcNow() : null;
            await db.SaveChangesAsync(cancellationToken);
        }

        return TypedResults.Ok(ArticleResponse.From(article));
    }

    private static async Task<Ok<ReadReceipt[]>> ReadsAsync(
        string id,
        [FromServices] NewsDbContext db,
        [FromServices] NewsAccess access,
        CancellationToken cancellationToken)
    {
        var (article, category) = await FindVisibleAsync(db, access, id, tracked: false, cancellationToken);
        if (!access.CanEdit(category) && !access.CanReview(category))
        {
            throw new PlatformException(ErrorCodes.Forbidden, $"Only editors and reviewers of category '{category.Key}' see read receipts.", ErrorKind.Forbidden);
        }

        var reads = await db.Reads.AsNoTracking().Where(r => r.ArticleId == article.Id).OrderBy(r => r.ReadAt).ThenBy(r => r.MemberId).ToListAsync(cancellationToken);
        return TypedResults.Ok(reads.Select(r => new ReadReceipt(r.MemberId, r.ReadAt)).ToArray());
    }
}
