using System.Text.Json;
using System.Text.Json.Serialization;
using Autofac.Extensions.DependencyInjection;
using Platform.Contracts.Identity;
using Platform.Core.Scheduling.Identity;
using Platform.Host.Authentication;
using Platform.Host.Errors;
using Platform.Host.Health;
using Platform.Host.Identity;
using Platform.Host.Modules;
using Scalar.AspNetCore;

namespace Platform.Host.Hosting;

/// <summary>Builds the Platform web host: kernel start-up, module endpoints, bearer authentication, problem details, health, OpenAPI.</summary>
public static class PlatformApplication
{
    /// <summary>Creates the web application with every module that loads; call <c>RunAsync</c> or <c>StartAsync</c> on it.</summary>
    /// <param name="options">Where to listen, data and plugins directories, linked modules.</param>
    /// <param name="cancellationToken">Cancels start-up.</param>
    public static async Task<WebApplication> BuildAsync(PlatformHostOptions options, CancellationToken cancellationToken = default)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            Args = [.. options.Args],
            ContentRootPath = AppContext.BaseDirectory,
        });
        builder.Host.UseServiceProviderFactory(new AutofacServiceProviderFactory());

        var settings = HostSettings.Resolve(builder.Configuration, options.Urls, options.DataDirectory, options.PluginsDirectory);
        builder.WebHost.UseUrls(settings.Urls);
        builder.Services.AddSingleton(settings);
        AddWebServices(builder.Services);
        builder.Services.AddPlatformAuthentication(builder.Configuration);
        options.ConfigureServices?.Invoke(builder.Services);

        var loggerFactory = LoggerFactory.Create(logging => logging.AddConfiguration(builder.Configuration.GetSection("Logging")).AddConsole());
        builder.Services.AddSingleton(new StartupLoggerFactory(loggerFactory));
        var kernel = HostKernel.Create(settings, loggerFactory, configuration: builder.Configuration);
        options.LinkModules?.Invoke(kernel);
        await kernel.BootAsync(builder.Services, builder.Configuration, cancellationToken);
        builder.Services.AddHostedService<LicenseMonitor>();

        var app = builder.Build();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseAuthentication();
        app.UseAuthorization();

        // Everything needs a bearer token (the fallback policy) except what is mapped here.
        var anonymous = app.MapGroup("").AllowAnonymous();
        anonymous.MapHealthEndpoints();
        anonymous.MapOpenApi();
        anonymous.MapScalarApiReference();
        anonymous.MapGet("/", () => Results.Redirect("/scalar")).ExcludeFromDescription();
        app.MapTokenEndpoint();
        app.MapPasswordEndpoint();
        app.MapModulesEndpoint();
        ModuleEndpoints.MapAll(app, kernel);
        return app;
    }

    private static void AddWebServices(IServiceCollection services)
    {
        services.AddHttpContextAccessor();
        // The signed-in member — or the system user in a scheduled job's scope (docs/scheduler.md).
        services.AddScoped<HttpCurrentUser>();
        services.AddScoped<ICurrentUser>(sp => JobIdentity.Or(sp, sp.GetRequiredService<HttpCurrentUser>));
        services.AddPlatformProblemDetails();
        services.AddPlatformHealthChecks();
        services.AddOpenApi();
        services.Configure<RouteHandlerOptions>(routing => routing.ThrowOnBadRequest = true);
        services.ConfigureHttpJsonOptions(json =>
        {
            json.SerializerOptions.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase));
            json.SerializerOptions.DefaultIgnoreCondition = JsonIgnoreCondition.Never;
        });
    }

    /// <summary>Keeps the start-up logger factory alive for the host's lifetime and disposes it with the container.</summary>
    private sealed class StartupLoggerFactory(ILoggerFactory factory) : IDisposable
    {
        public void Dispose() => factory.Dispose();
    }
}
