using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Platform.Apps.Documents.Drafting;
using Platform.Apps.Documents.Persistence;
using Platform.Contracts.Errors;
using Platform.Contracts.Forms.Definitions;
using Platform.Contracts.Organization.Directory;
using Platform.Contracts.Workflow.Definitions;

namespace Platform.Apps.Documents.Types;

/// <summary><c>/types</c>: every member reads the document types; administrators create and change them.</summary>
internal static partial class DocumentTypeEndpoints
{
    public static void MapDocumentTypes(this IEndpointRouteBuilder endpoints)
    {
        var types = endpoints.MapGroup("/types").WithTags("Documents");
        types.MapGet("", ListAsync).WithName("Documents_ListTypes").WithSummary("Lists the document types.");
        types.MapGet("/{key}", GetAsync).WithName("Documents_GetType").WithSummary("Gets a document type.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        types.MapPut("/{key}", PutAsync).WithName("Documents_PutType").WithSummary("Creates or changes a document type (administrators).")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden);
    }

    private static async Task<Ok<DocumentType[]>> ListAsync([FromServices] DocumentsDbContext db, CancellationToken cancellationToken) =>
        TypedResults.Ok(await db.Types.AsNoTracking().OrderBy(t => t.Key).ToArrayAsync(cancellationToken));

    private static async Task<Ok<DocumentType>> GetAsync(string key, [FromServices] DocumentsDbContext db, CancellationToken cancellationToken) =>
        TypedResults.Ok(await db.Types.AsNoTracking().FirstOrDefaultAsync(t => t.Key == key, cancellationToken)
            ?? throw DocumentErrors.TypeNotFound(key));

    private static async Task<Ok<DocumentType>> PutAsync(
        string key,
        DocumentTypeInput input,
        [FromServices] DocumentAccess access,
        [FromServices] DocumentsDbContext db,
        [FromServices] IOrgStructure structure,
        [FromServices] IFormDefinitions forms,
        [FromServices] IProcessDefinitions processes,
        [FromServices] TimeProvider clock,
        CancellationToken cancellationToken)
    {
        access.RequireAdministrator();
        var errors = new List<FieldError>();
        if (!KeyFormat().IsMatch(key))
        {
            errors.Add(new FieldError("key", "invalid", "Use 1–64 letters, digits, '-' or '_'."));
        }

        Required(input.Name, "name", errors);
        if (input.Direction is not (Directions.Outgoing or Directions.Incoming))
        {
            errors.Add(new FieldError("direction", "invalid", "Use 'outgoing' (发文) or 'incoming' (收文)."));
        }

        if (Required(input.UnitId, "unitId", errors) && structure.FindUnit(input.UnitId!) is null)
        {
            errors.Add(new FieldError("unitId", "unknown_reference", $"There is no organisation unit '{input.UnitId}'."));
        }

        if (Required(input.FormKey, "formKey", errors) && await forms.FindAsync(input.FormKey!, null, cancellationToken) is null)
        {
            errors.Add(new FieldError("formKey", "unknown_reference", $"There is no published form '{input.FormKey}'."));
        }

        if (Required(input.ProcessKey, "processKey", errors))
        {
            var process = await processes.FindAsync(input.ProcessKey!, null, cancellationToken);
            if (process is null)
            {
                errors.Add(new FieldError("processKey", "unknown_reference", $"There is no published process '{input.ProcessKey}'."));
            }
            else if (process.Definition.FormKey != input.FormKey)
            {
                errors.Add(new FieldError("processKey", "form_mismatch", $"Process '{input.ProcessKey}' runs on form '{process.Definition.FormKey}', not '{input.FormKey}'."));
            }
        }

        if (Required(input.NumberPattern, "numberPattern", errors))
        {
            errors.AddRange(NumberPattern.Problems(input.NumberPattern!).Select(p => new FieldError("numberPattern", "invalid", p)));
        }

        if (input.NewsCategory is { Length: > 64 })
        {
            errors.Add(new FieldError("newsCategory", "too_long", "At most 64 characters."));
        }

        if (errors.Count > 0)
        {
            throw PlatformException.Validation(errors);
        }

        var type = await db.Types.FirstOrDefaultAsync(t => t.Key == key, cancellationToken);
        if (type is null)
        {
            type = new DocumentType
            {
                Key = key, Name = "", Direction = "", UnitId = "", FormKey = "", ProcessKey = "", NumberPattern = "",
            };
            db.Types.Add(type);
        }

        type.Name = input.Name!.Trim();
        type.Direction = input.Direction!;
        type.UnitId = input.UnitId!;
        type.FormKey = input.FormKey!;
        type.ProcessKey = input.ProcessKey!;
        type.NumberPattern = input.NumberPattern!;
        type.NewsCategory = string.IsNullOrWhiteSpace(input.NewsCategory) ? null : input.NewsCategory.Trim();
        type.UpdatedAt = clock.GetUtcNow();
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(type);
    }

    private static bool Required(string? value, string field, List<FieldError> errors)
    {
        if (!string.IsNullOrWhiteSpace(value))
        {
            return true;
        }

        errors.Add(new FieldError(field, "required", "Required."));
        return false;
    }

    [GeneratedRegex("^[A-Za-z0-9_-]{1,64}$")]
    private static partial Regex KeyFormat();
}
