using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Platform.Contracts.Errors;
using Platform.Contracts.Workflow.Definitions;

namespace Platform.Core.Workflow.Http;

/// <summary>
/// <c>POST /api/workflow/definitions/import/bpmn</c>: maps a BPMN 2.0 file onto a definition and reports what it could
/// not map (docs/workflow.md, "BPMN import"). Nothing is published; the administrator reviews and publishes.
/// </summary>
internal static class BpmnEndpoints
{
    public static void MapBpmnImport(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost("/definitions/import/bpmn", ImportAsync)
            .WithTags("Workflow: definitions")
            .AddEndpointFilter<AdministratorsOnly>()
            .Accepts<string>("application/xml", "text/xml", "multipart/form-data")
            .Produces<BpmnImportResult>()
            .DisableAntiforgery()
            .WithName("Workflow_ImportBpmn")
            .WithSummary("Maps a BPMN 2.0 file (body, or a multipart file) onto a definition and reports every element it did not map (administrators).");
    }

    private static async Task<IResult> ImportAsync(HttpRequest request, string? key, string? name, IBpmnImporter importer, CancellationToken cancellationToken)
    {
        var options = new BpmnImportOptions { Key = key, Name = name };
        if (request.HasFormContentType)
        {
            var form = await request.ReadFormAsync(cancellationToken);
            if (form.Files.Count != 1)
            {
                throw new PlatformException(
                    "workflow.bpmn_invalid",
                    $"Send exactly one BPMN file in the form; {form.Files.Count} were sent.",
                    ErrorKind.Validation,
                    [new FieldError("file", "bpmn_invalid", "Exactly one file is expected.")]);
            }

            await using var file = form.Files[0].OpenReadStream();
            return TypedResults.Json(await importer.ImportAsync(file, options, cancellationToken), WorkflowJson.Options);
        }

        return TypedResults.Json(await importer.ImportAsync(request.Body, options, cancellationToken), WorkflowJson.Options);
    }
}
