using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Platform.Apps.Documents.Approval;
using Platform.Apps.Documents.Archive;
using Platform.Apps.Documents.Attachments;
using Platform.Apps.Documents.Distribution;
using Platform.Apps.Documents.Drafting;
using Platform.Apps.Documents.NewsPublishing;
using Platform.Apps.Documents.Persistence;
using Platform.Apps.Documents.Signing;
using Platform.Apps.Documents.Types;
using Platform.Contracts.Modules;
using Platform.Contracts.Web;

namespace Platform.Apps.Documents;

/// <summary>
/// The Documents app (公文): document types, drafting, approval through the workflow engine, numbering and signature on
/// approval, distribution, archive, and publication as news through Platform.Apps.Api. Endpoints at <c>/api/documents</c>;
/// docs/documents.md describes them.
/// </summary>
[ModuleDatabase(typeof(DocumentsDbContext))]
internal sealed class DocumentsModule : IWebModule
{
    /// <summary>The module id, as in <c>plugin.json</c>.</summary>
    public const string Id = "documents";

    public void ConfigureServices(IServiceCollection services, IModuleContext context)
    {
        services.AddSingleton(DocumentsSettings.From(context));
        services.AddSingleton<BlobStore>();
        services.AddSingleton<UnitKeys>();
        services.AddScoped<DocumentAccess>();
        services.AddScoped<Completion>();
        services.AddScoped<NewsPublisher>();
        services.AddScoped<ContentSigner>();
    }

    public void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapDocumentTypes();
        endpoints.MapDrafting();
        endpoints.MapAttachments();
        endpoints.MapApproval();
        endpoints.MapSigning();
        endpoints.MapDistribution();
        endpoints.MapArchive();
    }
}
