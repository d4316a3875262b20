using Acme.Visits.Items;
using Acme.Visits.Persistence;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Platform.Contracts.Modules;
using Platform.Contracts.Web;

namespace Acme.Visits;

/// <summary>
/// The module's registration: the host finds this class in the entry assembly named in <c>plugin.json</c>, registers the
/// <see cref="VisitsDbContext"/> (and applies its migrations), every MediatR handler and validator in this namespace and
/// below, and maps <see cref="MapEndpoints"/> at <c>/api/visits</c>.
/// </summary>
[ModuleDatabase(typeof(VisitsDbContext))]
internal sealed class VisitsModule : IWebModule
{
    /// <summary>The module id, as in <c>plugin.json</c>.</summary>
    public const string Id = "visits";

    public void ConfigureServices(IServiceCollection services, IModuleContext context)
    {
        // Register the module's own services here; its DbContext, handlers and validators are registered by the host.
    }

    public void MapEndpoints(IEndpointRouteBuilder endpoints) => endpoints.MapItems();
}
