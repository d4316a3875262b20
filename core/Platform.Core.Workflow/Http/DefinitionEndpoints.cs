using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Platform.Contracts.Errors;
using Platform.Contracts.Workflow.Definitions;
using Platform.Core.Workflow.Definitions;

namespace Platform.Core.Workflow.Http;

/// <summary>
/// Process definitions under <c>/api/workflow/definitions</c>: administrators check and publish; every signed-in
/// member reads them. Bodies and answers use the stored JSON format (docs/workflow.md), so a definition read can be
/// published again as it is.
/// </summary>
internal static class DefinitionEndpoints
{
    public static void MapDefinitions(this IEndpointRouteBuilder endpoints)
    {
        var definitions = endpoints.MapGroup("/definitions").WithTags("Workflow: definitions");
        definitions.MapPost("", PublishAsync)
            .AddEndpointFilter<AdministratorsOnly>()
            .Accepts<ProcessDefinition>("application/json")
            .Produces<PublishedProcess>(StatusCodes.Status201Created)
            .WithName("Workflow_PublishDefinition").WithSummary("Checks a definition and publishes it as the process's next version (administrators).");
        definitions.MapPost("/check", CheckAsync)
            .AddEndpointFilter<AdministratorsOnly>()
            .Accepts<ProcessDefinition>("application/json")
            .Produces<CheckResult>()
            .WithName("Workflow_CheckDefinition").WithSummary("Checks a definition without publishing it; every problem at once (administrators).");
        definitions.MapGet("", async (IProcessDefinitions processes, CancellationToken ct) =>
                Json(await processes.ListAsync(ct)))
            .Produces<IReadOnlyList<PublishedProcess>>()
            .WithName("Workflow_ListDefinitions").WithSummary("The latest version of every process.");
        definitions.MapGet("/{key}", async (string key, IProcessDefinitions processes, CancellationToken ct) =>
                Json(await processes.FindAsync(key, null, ct) ?? throw ProcessDefinitionStore.NotFound(key, null)))
            .Produces<PublishedProcess>()
            .WithName("Workflow_GetDefinition").WithSummary("The latest version of a process.");
        definitions.MapGet("/{key}/versions/{version:int}", async (string key, int version, IProcessDefinitions processes, CancellationToken ct) =>
                Json(await processes.FindAsync(key, version, ct) ?? throw ProcessDefinitionStore.NotFound(key, version)))
            .Produces<PublishedProcess>()
            .WithName("Workflow_GetDefinitionVersion").WithSummary("One version of a process.");
    }

    private static async Task<IResult> PublishAsync(HttpRequest request, IProcessDefinitions processes, CancellationToken cancellationToken)
    {
        var published = await processes.PublishAsync(await ReadAsync(request, cancellationToken), cancellationToken);
        request.HttpContext.Response.Headers.Location = $"/api/workflow/definitions/{Uri.EscapeDataString(published.Key)}/versions/{published.Version}";
        return TypedResults.Json(published, WorkflowJson.Options, statusCode: StatusCodes.Status201Created);
    }

    private static async Task<IResult> CheckAsync(HttpRequest request, IProcessDefinitions processes, CancellationToken cancellationToken) =>
        Json(new CheckResult(await processes.CheckAsync(await ReadAsync(request, cancellationToken), cancellationToken)));

    private static async Task<ProcessDefinition> ReadAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        ProcessDefinition? definition;
        try
        {
            definition = await JsonSerializer.DeserializeAsync<ProcessDefinition>(request.Body, WorkflowJson.Options, cancellationToken);
        }
        catch (JsonException ex)
        {
            var path = string.IsNullOrEmpty(ex.Path) ? "$" : ex.Path;
            throw new PlatformException(ErrorCodes.BadRequest, $"The definition could not be read at {path}: {ex.Message}", ErrorKind.Validation,
                [new FieldError(path.TrimStart('$', '.'), "invalid_json", ex.Message)], ex);
        }

        return definition ?? throw new PlatformException(ErrorCodes.BadRequest, "The body must be a process definition.", ErrorKind.Validation);
    }

    private static IResult Json<T>(T value) => TypedResults.Json(value, WorkflowJson.Options);

    /// <summary>The answer of <c>POST /check</c>.</summary>
    /// <param name="Problems">Every problem found; empty when the definition can be published.</param>
    internal sealed record CheckResult(IReadOnlyList<DefinitionProblem> Problems);
}
