using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Platform.Apps.News.Articles;
using Platform.Apps.News.Persistence;
using Platform.Contracts.Modules;
using Platform.Contracts.Web;

namespace Platform.Apps.News;

/// <summary>
/// The News app (新闻): articles written in News, or sent by other apps through
/// <see cref="Platform.Apps.Api.News.PublishNewsArticle"/>. Endpoints are served at <c>/api/news</c>.
/// </summary>
[ModuleDatabase(typeof(NewsDbContext))]
internal sealed class NewsModule : IWebModule
{
    /// <summary>The module id, as in <c>plugin.json</c>.</summary>
    public const string Id = "news";

    public void ConfigureServices(IServiceCollection services, IModuleContext context)
    {
        // Nothing yet: the host registers NewsDbContext and every MediatR handler and validator of this assembly.
    }

    public void MapEndpoints(IEndpointRouteBuilder endpoints) => endpoints.MapArticles();
}
