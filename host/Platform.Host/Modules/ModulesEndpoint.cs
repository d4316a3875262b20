using Platform.Contracts.Modules;
using Platform.Core.Organization.Http;

namespace Platform.Host.Modules;

/// <summary><c>GET /api/modules</c> (administrators: it shows where plugins live on the server): every module with its state, the reason when not loaded, and its contract and dependency versions.</summary>
internal static class ModulesEndpoint
{
    public static void MapModulesEndpoint(this IEndpointRouteBuilder app) =>
        app.MapGet("/api/modules", (IModuleCatalog catalog) => TypedResults.Ok(catalog.Modules))
            .AddEndpointFilter<AdministratorsOnly>()
            .WithName("ListModules")
            .WithTags("Modules")
            .WithSummary("Lists engines and app plugins with their load state.");
}
