using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Platform.Contracts.Workflow.Runtime;

namespace Platform.Bench.Workflow;

/// <summary>
/// Concurrent clients, each repeatedly starting an instance of <see cref="ApprovalProcess"/> as a submitter and taking it
/// to the end: three countersign approvals, then the single approval, each as the member who holds the item, each in its
/// own scope as an HTTP request would be. Between the approvals the client reads the instance's items
/// (<see cref="IWorkflowQueries.InstanceWorkItemsAsync"/>) to learn their ids, as a client's screen would.
/// </summary>
internal sealed class ThroughputBenchmark(BenchHost host, Participants who)
{
    private readonly Latencies _actions = new();
    private readonly Latencies _starts = new();
    private readonly Latencies _lookups = new();
    private long _measureFrom;
    private long _measureTo;
    private int _actionsInWindow;
    private int _startsInWindow;
    private int _instancesInWindow;

    public async Task<ThroughputResult> RunAsync(int clients, TimeSpan warmup, TimeSpan window)
    {
        var origin = Stopwatch.GetTimestamp();
        _measureFrom = origin + (long)(warmup.TotalSeconds * Stopwatch.Frequency);
        _measureTo = _measureFrom + (long)(window.TotalSeconds * Stopwatch.Frequency);
        var tasks = Enumerable.Range(0, clients).Select(c => Task.Run(() => ClientAsync(c))).ToArray();
        var cpu = await CpuInWindowAsync(_measureFrom, _measureTo);
        await Task.WhenAll(tasks);
        return new ThroughputResult(clients, window, _actionsInWindow, _startsInWindow, _instancesInWindow, _actions, _starts, _lookups, cpu);
    }

    private async Task ClientAsync(int client)
    {
        var round = 0;
        while (Stopwatch.GetTimestamp() < _measureTo)
        {
            var submitter = who.Submitters[((client * 1000) + round++) % who.Submitters.Length];
            var started = Stopwatch.GetTimestamp();
            var instance = await host.AsAsync(submitter, sp => sp.GetRequiredService<IWorkflowRuntime>()
                .StartAsync(new StartProcess(ApprovalProcess.Key, string.Create(CultureInfo.InvariantCulture, $"Request {client}-{round}")), CancellationToken.None));
            Note(started, _starts, ref _startsInWindow);

            foreach (var item in await OpenItemsAsync(instance.Id, expected: 3))
            {
                await ApproveAsync(item, InstanceStatus.Running);
            }

            var last = (await OpenItemsAsync(instance.Id, expected: 1))[0];
            if (last.AssigneeId != who.Signer)
            {
                throw new InvalidOperationException($"The sign item of {instance.Id} is held by {last.AssigneeId}, not the signer.");
            }

            if (await ApproveAsync(last, InstanceStatus.Approved) is var end && InWindow(end))
            {
                Interlocked.Increment(ref _instancesInWindow);
            }
        }
    }

    private async Task<List<WorkItem>> OpenItemsAsync(string instanceId, int expected)
    {
        var started = Stopwatch.GetTimestamp();
        var items = await host.AsAsync(who.Submitters[0], sp => sp.GetRequiredService<IWorkflowQueries>().InstanceWorkItemsAsync(instanceId, CancellationToken.None));
        if (InWindow(Stopwatch.GetTimestamp()))
        {
            _lookups.Add(Stopwatch.GetElapsedTime(started));
        }

        var open = items.Where(i => i.State == WorkItemState.Open).ToList();
        return open.Count == expected
            ? open
            : throw new InvalidOperationException($"Instance {instanceId} has {open.Count} open items, expected {expected}.");
    }

    private async Task<long> ApproveAsync(WorkItem item, InstanceStatus expected)
    {
        var started = Stopwatch.GetTimestamp();
        var outcome = await host.AsAsync(item.AssigneeId, sp => sp.GetRequiredService<IWorkflowRuntime>()
            .ActAsync(new WorkflowAction(ActionKind.Approve) { WorkItemId = item.Id, Opinion = "Agreed." }, CancellationToken.None));
        var end = Note(started, _actions, ref _actionsInWindow);
        return outcome.Status == expected
            ? end
            : throw new InvalidOperationException($"After approving {item.Id} the instance is {outcome.Status}, expected {expected}.");
    }

    private long Note(long started, Latencies latencies, ref int counter)
    {
        var end = Stopwatch.GetTimestamp();
        if (InWindow(end))
        {
            latencies.Add(Stopwatch.GetElapsedTime(started, end));
            Interlocked.Increment(ref counter);
        }

        return end;
    }

    /// <summary>The process's CPU time (all threads) between two stopwatch timestamps.</summary>
    public static async Task<TimeSpan> CpuInWindowAsync(long from, long to)
    {
        await Task.Delay(Until(from));
        var start = Environment.CpuUsage.TotalTime;
        await Task.Delay(Until(to));
        return Environment.CpuUsage.TotalTime - start;
    }

    private static TimeSpan Until(long timestamp) => TimeSpan.FromTicks(Math.Max(0, Stopwatch.GetElapsedTime(Stopwatch.GetTimestamp(), timestamp).Ticks));

    private bool InWindow(long timestamp) => timestamp >= _measureFrom && timestamp < _measureTo;
}

/// <summary>Who submits and who approves in the throughput benchmark (member ids).</summary>
internal sealed record Participants(string[] Submitters, string[] Countersigners, string Signer);

/// <summary>What the throughput window counted.</summary>
internal sealed record ThroughputResult(int Clients, TimeSpan Window, int Actions, int Starts, int Instances, Latencies ActionTimes, Latencies StartTimes, Latencies LookupTimes, TimeSpan Cpu)
{
    /// <summary>Process CPU in the window per completed approval (starts and lookups included: everything it took).</summary>
    public double CpuMsPerAction => Cpu.TotalMilliseconds / Math.Max(Actions, 1);

    public double ActionsPerSecond => Actions / Window.TotalSeconds;

    public double StartsPerSecond => Starts / Window.TotalSeconds;

    public double InstancesPerSecond => Instances / Window.TotalSeconds;
}
