using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Platform.Contracts.Errors;
using Platform.Contracts.Forms.Definitions;
using Platform.Core.Forms.Versions;

namespace Platform.Core.Forms.Http;

/// <summary>Definitions: administrators publish; every signed-in member reads them and their JSON Schema (clients render forms from them).</summary>
internal static class DefinitionEndpoints
{
    public static void MapDefinitions(this IEndpointRouteBuilder endpoints)
    {
        var definitions = endpoints.MapGroup("/definitions").WithTags("Forms: definitions");
        definitions.MapPost("", PublishAsync)
            .AddEndpointFilter<AdministratorsOnly>()
            .Accepts<FormDefinition>("application/json")
            .WithName("Forms_Publish").WithSummary("Publishes a definition as the form's next version (administrators).");
        definitions.MapGet("", async (IFormDefinitions forms, CancellationToken ct) => TypedResults.Ok(await forms.ListAsync(ct)))
            .WithName("Forms_ListDefinitions").WithSummary("The latest version of every form.");
        definitions.MapGet("/{key}", async (string key, int? version, IFormDefinitions forms, CancellationToken ct) =>
                TypedResults.Ok(await forms.FindAsync(key, version, ct) ?? throw FormDefinitionStore.NotFound(key, version)))
            .WithName("Forms_GetDefinition").WithSummary("A version of a form; the latest without ?version=.");
        definitions.MapGet("/{key}/schema", async (string key, int? version, IFormDefinitions forms, CancellationToken ct) =>
                TypedResults.Text(await forms.JsonSchemaAsync(key, version, ct), "application/schema+json"))
            .WithName("Forms_GetSchema").WithSummary("The JSON Schema (draft 2020-12) of a version's record data.");
    }

    private static async Task<IResult> PublishAsync(HttpRequest request, IFormDefinitions forms, CancellationToken cancellationToken)
    {
        FormDefinition? definition;
        try
        {
            definition = await JsonSerializer.DeserializeAsync<FormDefinition>(request.Body, DefinitionJson.Options, cancellationToken);
        }
        catch (JsonException ex)
        {
            var path = string.IsNullOrEmpty(ex.Path) ? "$" : ex.Path;
            throw new PlatformException(ErrorCodes.BadRequest, $"The definition could not be read at {path}: {ex.Message}", ErrorKind.Validation,
                [new FieldError(path.TrimStart('$', '.'), "invalid_json", ex.Message)], ex);
        }

        if (definition is null)
        {
            throw new PlatformException(ErrorCodes.BadRequest, "The body must be a form definition.", ErrorKind.Validation);
        }

        var published = await forms.PublishAsync(definition, cancellationToken);
        return TypedResults.Created($"/api/forms/definitions/{Uri.EscapeDataString(published.Key)}?version={published.Version}", published);
    }
}
