using Microsoft.AspNetCore.Routing;

namespace Platform.Core.Organization.Http;

/// <summary>Maps every endpoint of the engine under <c>/api/org</c>.</summary>
internal static class OrganizationEndpoints
{
    public static void MapOrganizationEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapDirectory();
        endpoints.MapAccess();
        endpoints.MapImport();
    }
}
