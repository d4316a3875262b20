using Microsoft.AspNetCore.Routing;

namespace Platform.Core.Forms.Http;

/// <summary>Maps every endpoint of the engine under <c>/api/forms</c>.</summary>
internal static class FormsEndpoints
{
    public static void MapFormsEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapDefinitions();
        endpoints.MapRecords();
    }
}
