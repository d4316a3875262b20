using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Platform.Contracts.Modules;
using Platform.Contracts.Web;
using Platform.Core.Modules;
using Platform.Core.Workflow.Http;
using Platform.Core.Workflow.Persistence;

namespace Platform.Core.Workflow;

/// <summary>The workflow engine as a module: linked into the host, endpoints at <c>/api/workflow</c>.</summary>
[ModuleDatabase(typeof(WorkflowDbContext))]
public sealed class WorkflowModule : IWebModule
{
    /// <summary>The engine's module id; also its URL segment.</summary>
    public const string Id = "workflow";

    /// <summary>The engine's manifest.</summary>
    public static PluginManifest Manifest { get; } = new(
        Id,
        ContractCatalog.VersionOf(typeof(WorkflowModule).Assembly)?.ToNormalizedString() ?? "0.0.0",
        "Workflow",
        "Platform",
        typeof(WorkflowModule).Assembly.GetName().Name + ".dll")
    {
        Description = "Approval processes: approval modes, reject-to-node, withdraw, transfer, delegate, add-sign, agents, deadlines on a working calendar, history, figures, BPMN import.",
        Dependencies = new Dictionary<string, string> { ["org"] = "[1.0.0, 2.0.0)", ["forms"] = "[1.0.0, 2.0.0)", ["scheduler"] = "[1.0.0, 2.0.0)" },
    };

    /// <inheritdoc />
    public void ConfigureServices(IServiceCollection services, IModuleContext context) =>
        services.AddWorkflowEngine(context);

    /// <inheritdoc />
    public void MapEndpoints(IEndpointRouteBuilder endpoints) =>
        endpoints.MapWorkflowEndpoints();
}
