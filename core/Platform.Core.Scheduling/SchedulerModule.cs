using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Platform.Contracts.Modules;
using Platform.Contracts.Web;
using Platform.Core.Modules;
using Platform.Core.Scheduling.Http;
using Platform.Core.Scheduling.Persistence;

namespace Platform.Core.Scheduling;

/// <summary>The scheduler engine as a module: linked into the host, endpoints at <c>/api/scheduler</c>.</summary>
[ModuleDatabase(typeof(SchedulerDbContext))]
public sealed class SchedulerModule : IWebModule
{
    /// <summary>The engine's module id; also its URL segment and configuration section (<c>Modules:scheduler</c>).</summary>
    public const string Id = "scheduler";

    /// <summary>The engine's manifest.</summary>
    public static PluginManifest Manifest { get; } = new(
        Id,
        ContractCatalog.VersionOf(typeof(SchedulerModule).Assembly)?.ToNormalizedString() ?? "0.0.0",
        "Scheduler",
        "Platform",
        typeof(SchedulerModule).Assembly.GetName().Name + ".dll")
    {
        Description = "Durable one-off jobs — deadlines, reminders, scheduled publishing — fired exactly once across restarts and nodes, retried with a backoff.",
        Dependencies = new Dictionary<string, string> { ["org"] = "[1.0.0, 2.0.0)" },
    };

    /// <inheritdoc />
    public void ConfigureServices(IServiceCollection services, IModuleContext context) =>
        services.AddSchedulerEngine(context);

    /// <inheritdoc />
    public void MapEndpoints(IEndpointRouteBuilder endpoints) =>
        endpoints.MapSchedulerEndpoints();
}
