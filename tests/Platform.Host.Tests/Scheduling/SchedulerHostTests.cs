using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Platform.Contracts.Identity;
using Platform.Contracts.Modules;
using Platform.Contracts.Scheduling;
using Platform.Host.Tests.Auth;
using Platform.Host.Tests.Support;

namespace Platform.Host.Tests.Scheduling;

/// <summary>
/// The scheduler in the real host: its poller is started with the host and fires a job once it is due, in a scope
/// acting as the system user; administrators list jobs over HTTP.
/// </summary>
public sealed class SchedulerHostTests
{
    [Test]
    public async Task A_job_scheduled_in_a_running_host_fires_once_when_due_as_the_system_user()
    {
        using var folder = new PluginsFolder();
        var fired = new FiredJobs();
        await using var host = await RunningHost.StartAsync(folder, kernel => kernel.AddModule(new TimerProbeModule(fired), TimerProbeModule.Manifest), "--Modules:scheduler:PollInterval=00:00:00.100");
        Assert.That((await host.ModuleAsync("scheduler")).State, Is.EqualTo(ModuleState.Loaded));

        string id;
        await using (var scope = host.App.Services.CreateAsyncScope())
        {
            var due = TimeProvider.System.GetUtcNow().AddMilliseconds(700);
            id = await scope.ServiceProvider.GetRequiredService<IScheduler>().ScheduleAsync(new ScheduledJob("timerprobe.fire", due) { Key = "k1" }, CancellationToken.None);
        }

        var pending = await host.Client.GetFromJsonAsync<JsonElement>("/api/scheduler/jobs?state=pending");
        Assert.That(pending.GetProperty("items").EnumerateArray().Select(j => j.GetProperty("id").GetString()), Does.Contain(id), "listed before it is due");

        var (jobId, user) = await fired.First.Task.WaitAsync(TimeSpan.FromSeconds(15));
        Assert.That((jobId, user), Is.EqualTo((id, ScheduledJobContext.SystemUserId)));

        await Task.Delay(500);
        Assert.That(fired.Count, Is.EqualTo(1), "fired once, not at every poll");
        var done = await host.Client.GetFromJsonAsync<JsonElement>("/api/scheduler/jobs?state=done");
        var job = done.GetProperty("items").EnumerateArray().Single(j => j.GetProperty("id").GetString() == id);
        Assert.That(job.GetProperty("state").GetString(), Is.EqualTo("done"));
        Assert.That(job.GetProperty("attempts").GetInt32(), Is.EqualTo(1));
    }

    [Test]
    public async Task Only_administrators_list_jobs_and_an_unknown_state_is_a_validation_problem()
    {
        using var folder = new PluginsFolder();
        await using var host = await RunningHost.StartAsync(folder);
        await Members.AddAsync(host, "clerk", "clerk-password-1");
        using var member = host.ClientWithToken(await host.TokenForAsync("clerk", "clerk-password-1"));

        using var forbidden = await member.GetAsync("/api/scheduler/jobs");
        using var invalid = await host.Client.GetAsync("/api/scheduler/jobs?state=sleeping");

        Assert.That((await Problem.ReadAsync(forbidden)).Code, Is.EqualTo("auth.forbidden"));
        var problem = await Problem.ReadAsync(invalid);
        Assert.That((problem.Status, problem.Code), Is.EqualTo((HttpStatusCode.BadRequest, "scheduler.invalid_state")));
        Assert.That(problem.Errors.Single().Field, Is.EqualTo("state"));
    }

    /// <summary>What the probe handler saw.</summary>
    private sealed class FiredJobs
    {
        private int _count;

        public TaskCompletionSource<(string JobId, string? User)> First { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public int Count => Volatile.Read(ref _count);

        public void Add(string jobId, string? user)
        {
            Interlocked.Increment(ref _count);
            First.TrySetResult((jobId, user));
        }
    }

    private sealed class TimerProbeModule(FiredJobs fired) : IModule
    {
        public static PluginManifest Manifest { get; } = new("timerprobe", "1.0.0", "Timer probe", "Tests", "Platform.Host.Tests.dll")
        {
            Dependencies = new Dictionary<string, string> { ["scheduler"] = "[1.0.0, 2.0.0)" },
        };

        public void ConfigureServices(IServiceCollection services, IModuleContext context)
        {
            services.AddSingleton(fired);
            services.AddScoped<IScheduledJobHandler, Handler>();
        }
    }

    private sealed class Handler(FiredJobs fired, ICurrentUser user) : IScheduledJobHandler
    {
        public string Kind => "timerprobe.fire";

        public Task HandleAsync(ScheduledJobContext job, CancellationToken cancellationToken)
        {
            fired.Add(job.Id, user.UserId);
            return Task.CompletedTask;
        }
    }
}
