using Microsoft.Extensions.DependencyInjection;
using Platform.Contracts.Modules;
using Platform.Contracts.Scheduling;
using Platform.Core.Scheduling.Identity;
using Platform.Core.Scheduling.Jobs;
using Platform.Core.Scheduling.Running;

namespace Platform.Core.Scheduling;

/// <summary>The engine's service registrations, one place to read them.</summary>
internal static class SchedulerServices
{
    public static IServiceCollection AddSchedulerEngine(this IServiceCollection services, IModuleContext context)
    {
        services.AddSingleton(SchedulerOptions.From(context.Configuration));

        // Scheduling and cancelling (Jobs/); joins the caller's unit of work.
        services.AddScoped<IScheduler, JobStore>();
        services.AddScoped<JobQueries>();

        // Who a job's scope runs as (Identity/).
        services.AddScoped<JobIdentity>();

        // Running due jobs (Running/): the runner tests call, and the poller the host starts.
        services.AddSingleton<JobRunner>();
        services.AddHostedService<SchedulerWorker>();
        return services;
    }
}
