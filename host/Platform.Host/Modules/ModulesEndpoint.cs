using Platform.Contracts.Modules;

namespace Platform.Host.Modules;

/// <summary><c>GET /api/modules</c>: every module with its state, the reason when not loaded, and its contract and dependency versions.</summary>
internal static class ModulesEndpoint
{
    public static void MapModulesEndpoint(this IEndpointRouteBuilder app) =>
        app.MapGet("/api/modules", (IModuleCatalog catalog) => TypedResults.Ok(catalog.Modules))
            .WithName("ListModules")
            .WithTags("Modules")
            .WithSummary("Lists engines and app plugins with their load state.");
}
