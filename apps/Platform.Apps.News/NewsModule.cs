using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Platform.Apps.News.Access;
using Platform.Apps.News.Articles;
using Platform.Apps.News.Categories;
using Platform.Apps.News.Covers;
using Platform.Apps.News.Persistence;
using Platform.Apps.News.Reading;
using Platform.Apps.News.Reviewing;
using Platform.Apps.News.Scheduling;
using Platform.Contracts.Errors;
using Platform.Contracts.Modules;
using Platform.Contracts.Scheduling;
using Platform.Contracts.Web;

namespace Platform.Apps.News;

/// <summary>
/// The News app (新闻): categories with editors, reviewers and readers; articles drafted, reviewed through the workflow
/// engine, published (now or at a set time), pinned and read — written in News, or sent by other apps through
/// <see cref="Platform.Apps.Api.News.PublishNewsArticle"/>. Endpoints are served at <c>/api/news</c> (docs/news.md).
/// </summary>
[ModuleDatabase(typeof(NewsDbContext))]
internal sealed class NewsModule : IWebModule
{
    /// <summary>The module id, as in <c>plugin.json</c>.</summary>
    public const string Id = "news";

    /// <summary>Default largest cover image, in bytes (setting <c>Modules:news:CoverMaxBytes</c>).</summary>
    public const long DefaultCoverMaxBytes = 2 * 1024 * 1024;

    public void ConfigureServices(IServiceCollection services, IModuleContext context)
    {
        var maxBytes = context.Configuration.GetValue("CoverMaxBytes", DefaultCoverMaxBytes);
        if (maxBytes <= 0)
        {
            throw new PlatformException("news.settings_invalid", "Modules:news:CoverMaxBytes must be a positive number of bytes.");
        }

        services.AddSingleton(new CoverStore(Path.Combine(context.DataDirectory, "covers"), maxBytes));
        services.AddScoped<NewsAccess>();
        services.AddScoped<PrincipalTokens>();
        services.AddScoped<ArticleLifecycle>();
        services.AddScoped<ReadReceipts>();
        services.AddScoped<IScheduledJobHandler, ScheduledPublishHandler>();
    }

    public void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapCategories();
        endpoints.MapArticles();
    }
}
