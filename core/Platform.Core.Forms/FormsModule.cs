using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Platform.Contracts.Modules;
using Platform.Contracts.Web;
using Platform.Core.Forms.Http;
using Platform.Core.Forms.Persistence;
using Platform.Core.Modules;

namespace Platform.Core.Forms;

/// <summary>The form engine as a module: linked into the host, endpoints at <c>/api/forms</c>.</summary>
[ModuleDatabase(typeof(FormsDbContext))]
public sealed class FormsModule : IWebModule
{
    /// <summary>The engine's module id; also its URL segment.</summary>
    public const string Id = "forms";

    /// <summary>The engine's manifest.</summary>
    public static PluginManifest Manifest { get; } = new(
        Id,
        ContractCatalog.VersionOf(typeof(FormsModule).Assembly)?.ToNormalizedString() ?? "0.0.0",
        "Forms",
        "Platform",
        typeof(FormsModule).Assembly.GetName().Name + ".dll")
    {
        Description = "Versioned forms, field validation, computed fields, per-node field permissions, records and the expression language.",
        Dependencies = new Dictionary<string, string> { ["org"] = "[1.0.0, 2.0.0)" },
    };

    /// <inheritdoc />
    public void ConfigureServices(IServiceCollection services, IModuleContext context) =>
        services.AddFormsEngine(context);

    /// <inheritdoc />
    public void MapEndpoints(IEndpointRouteBuilder endpoints) =>
        endpoints.MapFormsEndpoints();
}
