using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Platform.Apps.News.Access;
using Platform.Apps.News.Persistence;
using Platform.Contracts.Errors;
using Platform.Contracts.Workflow.Definitions;

namespace Platform.Apps.News.Categories;

/// <summary><c>/categories</c>: administrators configure them; members list and read those they may read.</summary>
internal static partial class CategoryEndpoints
{
    public static void MapCategories(this IEndpointRouteBuilder endpoints)
    {
        var categories = endpoints.MapGroup("/categories").WithTags("News");
        categories.MapGet("", ListAsync).WithName("News_ListCategories").WithSummary("Lists the categories the member may read, by key.");
        categories.MapGet("/{key}", GetAsync).WithName("News_GetCategory").WithSummary("Gets a category the member may read.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        categories.MapPut("/{key}", PutAsync).WithName("News_PutCategory").WithSummary("Creates or replaces a category (administrators).")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden);
    }

    /// <summary>The category, when it exists and the member may read it; otherwise 404 (a category one may not read is not revealed).</summary>
    public static async Task<Category> FindReadableAsync(NewsDbContext db, NewsAccess access, string key, CancellationToken cancellationToken)
    {
        var category = await db.Categories.AsNoTracking().FirstOrDefaultAsync(c => c.Key == key, cancellationToken);
        return category is not null && access.CanRead(category) ? category : throw NotFound(key);
    }

    public static PlatformException NotFound(string key) => PlatformException.NotFound("news.category_not_found", $"There is no category '{key}'.");

    private static async Task<Ok<CategoryResponse[]>> ListAsync([FromServices] NewsDbContext db, [FromServices] NewsAccess access, CancellationToken cancellationToken)
    {
        var categories = await db.Categories.AsNoTracking().OrderBy(c => c.Key).ToListAsync(cancellationToken);
        return TypedResults.Ok(categories.Where(access.CanRead).Select(c => CategoryResponse.From(c, access)).ToArray());
    }

    private static async Task<Ok<CategoryResponse>> GetAsync(string key, [FromServices] NewsDbContext db, [FromServices] NewsAccess access, CancellationToken cancellationToken) =>
        TypedResults.Ok(CategoryResponse.From(await FindReadableAsync(db, access, key, cancellationToken), access));

    private static async Task<Ok<CategoryResponse>> PutAsync(
        string key,
        CategoryInput input,
        [FromServices] NewsDbContext db,
        [FromServices] NewsAccess access,
        [FromServices] PrincipalTokens tokens,
        [FromServices] IProcessDefinitions processes,
        [FromServices] TimeProvider clock,
        CancellationToken cancellationToken)
    {
        access.RequireAdministrator();
        var errors = new List<FieldError>();
        if (!KeyPattern().IsMatch(key))
        {
            errors.Add(new FieldError("key", "news.category_key_invalid", "A category key is 1–64 lower-case letters, digits, '-' or '_', starting with a letter or digit."));
        }

        var name = input.Name?.Trim() ?? "";
        if (name.Length == 0)
        {
            errors.Add(new FieldError("name", "required", "A category needs a name."));
        }
        else if (name.Length > Category.NameMaxLength)
        {
            errors.Add(new FieldError("name", "length", $"The name is longer than {Category.NameMaxLength} characters."));
        }

        var editors = tokens.Normalise(input.Editors, "editors", errors);
        var reviewers = tokens.Normalise(input.Reviewers, "reviewers", errors);
        var readers = input.Readers is null ? ["everyone"] : tokens.Normalise(input.Readers, "readers", errors);
        var process = string.IsNullOrWhiteSpace(input.ReviewProcessKey) ? null : input.ReviewProcessKey.Trim();
        if (process is not null)
        {
            var published = await processes.FindAsync(process, null, cancellationToken);
            if (published is null)
            {
                errors.Add(new FieldError("reviewProcessKey", "news.review_process_unknown", $"No workflow process '{process}' is published."));
            }
            else if (published.Definition.FormKey is { } form)
            {
                errors.Add(new FieldError("reviewProcessKey", "news.review_process_has_form", $"Process '{process}' runs on form '{form}'; a News review process runs without a form."));
            }
        }

        if (errors.Count > 0)
        {
            throw PlatformException.Validation(errors);
        }

        var now = clock.GetUtcNow();
        var category = await db.Categories.FirstOrDefaultAsync(c => c.Key == key, cancellationToken);
        if (category is null)
        {
            category = new Category { Key = key, Name = name, CreatedAt = now };
            db.Categories.Add(category);
        }

        category.Name = name;
        category.Editors = editors;
        category.Reviewers = reviewers;
        category.Readers = readers;
        category.ReviewProcessKey = process;
        category.UpdatedAt = now;
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(CategoryResponse.From(category, access));
    }

    [GeneratedRegex("^[a-z0-9][a-z0-9_-]{0,63}$")]
    private static partial Regex KeyPattern();
}
