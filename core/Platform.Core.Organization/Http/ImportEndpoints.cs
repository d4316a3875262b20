using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Platform.Contracts.Errors;
using Platform.Contracts.Organization.Import;
using Platform.Core.Organization.Import;

namespace Platform.Core.Organization.Http;

/// <summary>
/// Writes to the organisation, for administrators: the bulk import and export, and single items created or updated by
/// code — which go through the same importer, so one set of rules checks both.
/// </summary>
internal static class ImportEndpoints
{
    private const long MaxDocumentBytes = 1L << 30;

    public static void MapImport(this IEndpointRouteBuilder endpoints)
    {
        var admin = endpoints.MapGroup("").WithTags("Organization: administration").AddEndpointFilter<AdministratorsOnly>();
        admin.MapPost("/import", async (HttpRequest request, bool? dryRun, IOrganizationImporter importer, CancellationToken ct) =>
                Answer(await importer.ImportAsync(await OrgDocumentJson.ReadAsync<OrgDocument>(request.Body, ct), dryRun ?? false, null, ct), prefix: null))
            .Accepts<OrgDocument>("application/json")
            .WithMetadata(new RequestSizeLimitAttribute(MaxDocumentBytes))
            .WithName("Org_Import").WithSummary("Imports an organisation document: all or nothing, every error reported.");
        admin.MapGet("/export", async (IOrganizationImporter importer, CancellationToken ct) => TypedResults.Ok(await importer.ExportAsync(ct)))
            .WithName("Org_Export").WithSummary("Exports the organisation in the import format.");

        MapUpsert<UnitRecord>(admin, "units", r => r.Code, (r, c) => r with { Code = c }, r => new OrgDocument { Units = [r] });
        MapUpsert<DepartmentRecord>(admin, "departments", r => r.Code, (r, c) => r with { Code = c }, r => new OrgDocument { Departments = [r] });
        MapUpsert<PostRecord>(admin, "posts", r => r.Code, (r, c) => r with { Code = c }, r => new OrgDocument { Posts = [r] });
        MapUpsert<LevelRecord>(admin, "levels", r => r.Code, (r, c) => r with { Code = c }, r => new OrgDocument { Levels = [r] });
        MapUpsert<MemberRecord>(admin, "members", r => r.Code, (r, c) => r with { Code = c }, r => new OrgDocument { Members = [r] });
        MapUpsert<RoleRecord>(admin, "roles", r => r.Code, (r, c) => r with { Code = c }, r => new OrgDocument { Roles = [r] });
        MapUpsert<GroupRecord>(admin, "groups", r => r.Code, (r, c) => r with { Code = c }, r => new OrgDocument { Groups = [r] });
    }

    private static void MapUpsert<TRecord>(RouteGroupBuilder admin, string kind, Func<TRecord, string?> codeOf, Func<TRecord, string, TRecord> withCode, Func<TRecord, OrgDocument> wrap)
        where TRecord : notnull =>
        admin.MapPut($"/{kind}/{{code}}", async (string code, HttpRequest request, IOrganizationImporter importer, CancellationToken ct) =>
            {
                var record = await OrgDocumentJson.ReadAsync<TRecord>(request.Body, ct);
                if (codeOf(record) is { } given && given != code)
                {
                    throw PlatformException.Validation([new FieldError("code", "mismatch", $"The body's code '{given}' is not the code in the address ('{code}').")]);
                }

                return Answer(await importer.ImportAsync(wrap(withCode(record, code)), dryRun: false, null, ct), prefix: $"{kind}[0].");
            })
            .Accepts<TRecord>("application/json")
            .WithName($"Org_Put_{kind}").WithSummary($"Creates or updates one of the {kind} by code.");

    /// <summary>The report when applied; otherwise a validation problem listing every error (paths relative to the item for single-item writes).</summary>
    private static Ok<ImportReport> Answer(ImportReport report, string? prefix)
    {
        if (report.Errors.Count == 0)
        {
            return TypedResults.Ok(report);
        }

        var errors = prefix is null
            ? report.Errors
            : report.Errors.Select(e => e with { Field = e.Field.StartsWith(prefix, StringComparison.Ordinal) ? e.Field[prefix.Length..] : e.Field }).ToList();
        throw PlatformException.Validation(errors);
    }
}
