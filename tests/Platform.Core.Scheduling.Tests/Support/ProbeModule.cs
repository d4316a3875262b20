using System.Collections.Concurrent;
using Microsoft.Extensions.DependencyInjection;
using Platform.Contracts.Identity;
using Platform.Contracts.Modules;
using Platform.Contracts.Scheduling;

namespace Platform.Core.Scheduling.Tests.Support;

/// <summary>A module with job handlers that write down what they were given and who they ran as.</summary>
internal sealed class ProbeModule(Probe probe) : IModule
{
    public static PluginManifest Manifest { get; } = new("probe", "1.0.0", "Probe", "Tests", "Platform.Core.Scheduling.Tests.dll")
    {
        Dependencies = new Dictionary<string, string> { ["scheduler"] = "[1.0.0, 2.0.0)" },
    };

    public void ConfigureServices(IServiceCollection services, IModuleContext context)
    {
        services.AddSingleton(probe);
        services.AddScoped<IScheduledJobHandler, RecordingHandler>();
        services.AddScoped<IScheduledJobHandler, FailingHandler>();
    }
}

/// <summary>What the probe's handlers saw, shared by every scope (and by every kernel a test gives it to).</summary>
internal sealed class Probe
{
    public ConcurrentQueue<(ScheduledJobContext Job, string? User)> Handled { get; } = new();

    /// <summary>How many more times <see cref="FailingHandler"/> throws (after writing a follow-up job).</summary>
    public int FailuresLeft { get; set; }

    /// <summary>Work a handler does while it runs (e.g. a pause, to widen races).</summary>
    public Func<Task>? During { get; set; }
}

/// <summary><c>probe.record</c>: writes down the job and the current user's id.</summary>
internal sealed class RecordingHandler(Probe probe, ICurrentUser user) : IScheduledJobHandler
{
    public string Kind => "probe.record";

    public async Task HandleAsync(ScheduledJobContext job, CancellationToken cancellationToken)
    {
        if (probe.During is { } during)
        {
            await during();
        }

        probe.Handled.Enqueue((job, user.UserId));
    }
}

/// <summary>
/// <c>probe.fail</c>: schedules a follow-up job (a write to a module table, in the job's unit of work), then throws
/// while <see cref="Probe.FailuresLeft"/> is positive.
/// </summary>
internal sealed class FailingHandler(Probe probe, IScheduler scheduler, TimeProvider clock) : IScheduledJobHandler
{
    public string Kind => "probe.fail";

    public async Task HandleAsync(ScheduledJobContext job, CancellationToken cancellationToken)
    {
        await scheduler.ScheduleAsync(new ScheduledJob("probe.followup", clock.GetUtcNow().AddDays(1)) { Key = $"{job.Id}-{job.Attempt}" }, cancellationToken);
        if (probe.FailuresLeft > 0)
        {
            probe.FailuresLeft--;
            throw new InvalidOperationException($"attempt {job.Attempt} broke");
        }

        probe.Handled.Enqueue((job, null));
    }
}
