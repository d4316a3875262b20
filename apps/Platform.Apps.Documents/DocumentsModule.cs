using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Platform.Apps.Documents.Authoring;
using Platform.Apps.Documents.NewsPublishing;
using Platform.Apps.Documents.Persistence;
using Platform.Contracts.Modules;
using Platform.Contracts.Web;

namespace Platform.Apps.Documents;

/// <summary>
/// The Documents app (公文): drafts documents and publishes them as news through Platform.Apps.Api when the News app is
/// installed. Endpoints are served at <c>/api/documents</c>.
/// </summary>
[ModuleDatabase(typeof(DocumentsDbContext))]
internal sealed class DocumentsModule : IWebModule
{
    /// <summary>The module id, as in <c>plugin.json</c>.</summary>
    public const string Id = "documents";

    public void ConfigureServices(IServiceCollection services, IModuleContext context)
    {
        // Nothing yet: the host registers DocumentsDbContext and every MediatR handler and validator of this assembly.
    }

    public void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapDocuments();
        endpoints.MapPublishAsNews();
    }
}
