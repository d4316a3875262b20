using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Platform.Apps.Documents.Drafting;
using Platform.Apps.Documents.Persistence;
using Platform.Apps.Documents.Types;
using Platform.Contracts.Errors;
using Platform.Contracts.Organization.Directory;

namespace Platform.Apps.Documents.Distribution;

/// <summary>
/// Distribution (交换): the drafter (or an administrator) sends an approved outgoing document to departments; there it is
/// an incoming document awaiting sign-for (签收) in the inbox of every member holding a position in that department, any
/// of whom signs for it or returns it with a reason. The sender sees each department's status.
/// </summary>
internal static class DistributionEndpoints
{
    public static void MapDistribution(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost("/documents/{id}/distributions", SendAsync).WithTags("Documents").WithName("Documents_Distribute")
            .WithSummary("Sends an approved outgoing document to departments.")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status409Conflict);
        endpoints.MapGet("/documents/{id}/distributions", StatusAsync).WithTags("Documents").WithName("Documents_DistributionStatus")
            .WithSummary("Where the document was sent and what each department did.");
        endpoints.MapGet("/inbox", InboxAsync).WithTags("Documents").WithName("Documents_Inbox")
            .WithSummary("Incoming documents sent to the member's departments; status filters (e.g. awaiting_sign_for).");
        endpoints.MapPost("/distributions/{distributionId}/sign-for", SignForAsync).WithTags("Documents").WithName("Documents_SignFor")
            .WithSummary("Signs for (签收) an incoming document on behalf of the department.");
        endpoints.MapPost("/distributions/{distributionId}/return", ReturnAsync).WithTags("Documents").WithName("Documents_ReturnDistribution")
            .WithSummary("Returns an incoming document to the sender with a reason.");
    }

    private static async Task<Ok<DistributionView[]>> SendAsync(
        string id,
        DistributeInput input,
        [FromServices] DocumentAccess access,
        [FromServices] DocumentsDbContext db,
        [FromServices] IOrgStructure structure,
        [FromServices] TimeProvider clock,
        CancellationToken cancellationToken)
    {
        var document = await db.GetDocumentAsync(id, cancellationToken);
        access.RequireDrafterOrAdministrator(document);
        document.RequireNotArchived();
        if (document.Status != DocumentStatus.Approved)
        {
            throw DocumentErrors.WrongState(id, document.Status, "approved");
        }

        var type = await db.GetTypeAsync(document.TypeKey, cancellationToken);
        if (type.Direction != Directions.Outgoing)
        {
            throw PlatformException.Conflict("documents.document.not_outgoing", $"Only outgoing documents are distributed; '{type.Key}' is {type.Direction}.");
        }

        var departments = input.DepartmentIds ?? [];
        var errors = new List<FieldError>();
        if (departments.Count == 0)
        {
            errors.Add(new FieldError("departmentIds", "required", "Name at least one department."));
        }

        for (var i = 0; i < departments.Count; i++)
        {
            if (structure.FindDepartment(departments[i]) is null)
            {
                errors.Add(new FieldError($"departmentIds[{i}]", "unknown_reference", $"There is no department '{departments[i]}'."));
            }
        }

        if (errors.Count > 0)
        {
            throw PlatformException.Validation(errors);
        }

        var now = clock.GetUtcNow();
        var existing = await db.Distributions.Where(d => d.DocumentId == id).ToListAsync(cancellationToken);
        foreach (var department in departments.Distinct(StringComparer.Ordinal))
        {
            var row = existing.Find(d => d.DepartmentId == department);
            if (row is null)
            {
                db.Distributions.Add(new DistributionRow
                {
                    Id = Guid.CreateVersion7(now).ToString(), DocumentId = id, DepartmentId = department,
                    Status = DistributionStatus.AwaitingSignFor, SentBy = access.UserId, SentAt = now,
                });
            }
            else if (row.Status == DistributionStatus.Returned)
            {
                row.Status = DistributionStatus.AwaitingSignFor; // sent again after a return
                row.HandledAt = null;
                row.HandledBy = null;
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(await ViewsAsync(db.Distributions.Where(d => d.DocumentId == id), db, structure, cancellationToken));
    }

    private static async Task<Ok<DistributionView[]>> StatusAsync(
        string id,
        [FromServices] DocumentAccess access,
        [FromServices] DocumentsDbContext db,
        [FromServices] IOrgStructure structure,
        CancellationToken cancellationToken)
    {
        var document = await db.GetDocumentAsync(id, cancellationToken);
        access.RequireDrafterOrAdministrator(document);
        return TypedResults.Ok(await ViewsAsync(db.Distributions.Where(d => d.DocumentId == id), db, structure, cancellationToken));
    }

    private static async Task<Ok<DistributionView[]>> InboxAsync(
        string? status,
        [FromServices] DocumentAccess access,
        [FromServices] DocumentsDbContext db,
        [FromServices] IOrgStructure structure,
        CancellationToken cancellationToken)
    {
        var departments = access.MyDepartments();
        var query = db.Distributions.Where(d => departments.Contains(d.DepartmentId));
        if (status is not null)
        {
            query = query.Where(d => d.Status == status);
        }

        return TypedResults.Ok(await ViewsAsync(query, db, structure, cancellationToken));
    }

    private static Task<Ok<DistributionView>> SignForAsync(
        string distributionId,
        [FromServices] DocumentAccess access,
        [FromServices] DocumentsDbContext db,
        [FromServices] IOrgStructure structure,
        [FromServices] TimeProvider clock,
        CancellationToken cancellationToken) =>
        HandleAsync(distributionId, DistributionStatus.SignedFor, null, access, db, structure, clock, cancellationToken);

    private static Task<Ok<DistributionView>> ReturnAsync(
        string distributionId,
        ReturnInput input,
        [FromServices] DocumentAccess access,
        [FromServices] DocumentsDbContext db,
        [FromServices] IOrgStructure structure,
        [FromServices] TimeProvider clock,
        CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(input.Reason) || input.Reason.Length > 500)
        {
            throw PlatformException.Validation([new FieldError("reason", "required", "Give a reason (at most 500 characters).")]);
        }

        return HandleAsync(distributionId, DistributionStatus.Returned, input.Reason.Trim(), access, db, structure, clock, cancellationToken);
    }

    private static async Task<Ok<DistributionView>> HandleAsync(
        string distributionId,
        string status,
        string? reason,
        DocumentAccess access,
        DocumentsDbContext db,
        IOrgStructure structure,
        TimeProvider clock,
        CancellationToken cancellationToken)
    {
        var row = await db.Distributions.FirstOrDefaultAsync(d => d.Id == distributionId, cancellationToken)
            ?? throw PlatformException.NotFound("documents.distribution.not_found", $"There is no distribution '{distributionId}'.");
        if (!access.MyDepartments().Contains(row.DepartmentId))
        {
            throw DocumentErrors.Forbidden("Only members of the receiving department may sign for or return it.");
        }

        if (row.Status != DistributionStatus.AwaitingSignFor)
        {
            throw PlatformException.Conflict("documents.distribution.already_handled", $"This distribution is already {row.Status}.");
        }

        row.Status = status;
        row.Reason = reason;
        row.HandledBy = access.UserId;
        row.HandledAt = clock.GetUtcNow();
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok((await ViewsAsync(db.Distributions.Where(d => d.Id == distributionId), db, structure, cancellationToken)).Single());
    }

    private static async Task<DistributionView[]> ViewsAsync(IQueryable<DistributionRow> rows, DocumentsDbContext db, IOrgStructure structure, CancellationToken cancellationToken)
    {
        var list = await rows.AsNoTracking()
            .Join(db.Documents.AsNoTracking(), r => r.DocumentId, d => d.Id, (r, d) => new { Row = r, d.Title, d.Number })
            .ToListAsync(cancellationToken);
        return list.OrderBy(x => x.Row.SentAt).ThenBy(x => x.Row.DepartmentId, StringComparer.Ordinal)
            .Select(x => new DistributionView(
                x.Row.Id, x.Row.DocumentId, x.Title, x.Number, x.Row.DepartmentId, structure.FindDepartment(x.Row.DepartmentId)?.Name,
                x.Row.Status, x.Row.SentBy, x.Row.SentAt, x.Row.HandledBy, x.Row.HandledAt, x.Row.Reason))
            .ToArray();
    }
}

/// <summary>The body of <c>POST /documents/{id}/distributions</c>.</summary>
internal sealed record DistributeInput(IReadOnlyList<string>? DepartmentIds);

/// <summary>The body of <c>POST /distributions/{id}/return</c>.</summary>
internal sealed record ReturnInput(string? Reason);

/// <summary>A distribution as the sender and the receivers see it.</summary>
internal sealed record DistributionView(
    string Id,
    string DocumentId,
    string Title,
    string? Number,
    string DepartmentId,
    string? DepartmentName,
    string Status,
    string SentBy,
    DateTimeOffset SentAt,
    string? HandledBy,
    DateTimeOffset? HandledAt,
    string? Reason);
