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
                var group = collector.MapGroup($"/api/{module.Id}").WithTags(module.Id);
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
