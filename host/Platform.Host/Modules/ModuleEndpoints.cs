using Platform.Contracts.Errors;
using Platform.Contracts.Web;
using Platform.Core.Hosting;

namespace Platform.Host.Modules;

/// <summary>
/// Mounts each loaded web module's endpoints at <c>/api/&lt;id&gt;</c>. A module's endpoints are collected apart and
/// built eagerly; only when that succeeds are they added to the host, so a module that throws serves nothing and is
/// reported as failed while the others serve.
/// </summary>
internal static class ModuleEndpoints
{
    /// <summary>The error code of a request to a module that stopped after start-up (e.g. its licence ended).</summary>
    public const string ModuleNotLoaded = "module.not_loaded";

    public static void MapAll(WebApplication app, PlatformKernel kernel)
    {
        IEndpointRouteBuilder host = app;
        foreach (var module in kernel.LoadedModules)
        {
            if (module.Instance is not IWebModule web)
            {
                continue;
            }

            var collector = new EndpointCollector(app);
            try
            {
                var id = module.Id;
                var group = collector.MapGroup($"/api/{id}").WithTags(id);
                group.AddEndpointFilter(async (context, next) => kernel.Catalog.IsLoaded(id)
                    ? await next(context)
                    : throw new PlatformException(ModuleNotLoaded, $"Module '{id}' is not available: {kernel.Catalog.Find(id)?.Reason}", ErrorKind.Unavailable));
                web.MapEndpoints(group);
                foreach (var source in collector.DataSources)
                {
                    _ = source.Endpoints;
                }
            }
            catch (Exception ex)
            {
                kernel.Fail(module.Id, $"Failed while mapping its endpoints: {ex.GetType().Name}: {ex.Message}");
                continue;
            }

            foreach (var source in collector.DataSources)
            {
                host.DataSources.Add(source);
            }
        }
    }

    /// <summary>An endpoint builder that keeps what a module maps to itself until it is known to be sound.</summary>
    private sealed class EndpointCollector(IEndpointRouteBuilder inner) : IEndpointRouteBuilder
    {
        public IServiceProvider ServiceProvider => inner.ServiceProvider;

        public ICollection<EndpointDataSource> DataSources { get; } = [];

        public IApplicationBuilder CreateApplicationBuilder() => inner.CreateApplicationBuilder();
    }
}
