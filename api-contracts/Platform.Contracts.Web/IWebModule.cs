using Microsoft.AspNetCore.Routing;
using Platform.Contracts.Modules;

namespace Platform.Contracts.Web;

/// <summary>
/// A module that serves HTTP endpoints. Implement it on the same class as <see cref="IModule"/>.
/// </summary>
public interface IWebModule : IModule
{
    /// <summary>
    /// Maps the module's endpoints. <paramref name="endpoints"/> is a route group at <c>/api/&lt;module id&gt;</c>;
    /// failures thrown as <c>PlatformException</c> become problem details. When this method throws, none of the
    /// endpoints it mapped are served and the module is reported as failed.
    /// </summary>
    /// <param name="endpoints">The module's route group.</param>
    void MapEndpoints(IEndpointRouteBuilder endpoints);
}
