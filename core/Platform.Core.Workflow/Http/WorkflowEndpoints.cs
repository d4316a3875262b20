using Microsoft.AspNetCore.Routing;

namespace Platform.Core.Workflow.Http;

/// <summary>Maps the engine's endpoints under <c>/api/workflow</c>. Each feature maps its own group.</summary>
internal static class WorkflowEndpoints
{
    public static IEndpointRouteBuilder MapWorkflowEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapDefinitions();
        endpoints.MapRuntime();
        endpoints.MapBpmnImport();
        endpoints.MapCalendar();
        return endpoints;
    }
}
