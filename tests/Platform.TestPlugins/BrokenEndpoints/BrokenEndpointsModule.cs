using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Platform.Contracts.Modules;
using Platform.Contracts.Web;

namespace Platform.TestPlugins.BrokenEndpoints;

/// <summary>Maps one endpoint, then throws: the endpoint it mapped must not be served.</summary>
internal sealed class BrokenEndpointsModule : IWebModule
{
    public void ConfigureServices(IServiceCollection services, IModuleContext context)
    {
    }

    public void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/half", () => TypedResults.Ok("should never be served"));
        throw new InvalidOperationException("endpoint mapping is broken on purpose");
    }
}
