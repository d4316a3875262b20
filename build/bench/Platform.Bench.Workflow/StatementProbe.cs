using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Platform.Contracts.Workflow.Runtime;

namespace Platform.Bench.Workflow;

/// <summary>
/// Where an action's time goes (<c>--profile</c>): one client, instances taken through one by one, every SQL statement
/// EF Core executes counted and timed per kind of operation through EF Core's diagnostic events. Time outside the
/// statements is CPU in the engine and EF Core, scope set-up, and the transaction's BEGIN IMMEDIATE and COMMIT (which
/// the kernel issues on the connection directly, so they are not statements EF Core reports).
/// </summary>
internal sealed class StatementProbe : IObserver<DiagnosticListener>, IObserver<KeyValuePair<string, object?>>, IDisposable
{
    private static readonly AsyncLocal<Tally?> Current = new();
    private readonly List<IDisposable> _subscriptions = [];
    private readonly IDisposable _all;

    private StatementProbe() => _all = DiagnosticListener.AllListeners.Subscribe(this);

    public static async Task RunAsync(BenchHost host, Participants who, int instances)
    {
        using var probe = new StatementProbe();
        var tallies = new Dictionary<string, Tally>(StringComparer.Ordinal)
        {
            ["start"] = new(), ["approve (countersign, not last)"] = new(), ["approve (countersign, last: activates sign)"] = new(),
            ["approve (sign: completes instance)"] = new(), ["read instance items (client lookup)"] = new(),
        };
        for (var n = 0; n < instances + 10; n++)
        {
            var measured = n >= 10;
            var instance = await Timed(measured ? tallies["start"] : null, () => host.AsAsync(who.Submitters[n % who.Submitters.Length], sp =>
                sp.GetRequiredService<IWorkflowRuntime>().StartAsync(new StartProcess(ApprovalProcess.Key, "Profiled request"), CancellationToken.None)));
            var items = await Lookup(host, who, instance.Id, measured ? tallies["read instance items (client lookup)"] : null);
            for (var k = 0; k < items.Count; k++)
            {
                var kind = k < items.Count - 1 ? "approve (countersign, not last)" : "approve (countersign, last: activates sign)";
                await Approve(host, items[k], measured ? tallies[kind] : null);
            }

            var sign = (await Lookup(host, who, instance.Id, measured ? tallies["read instance items (client lookup)"] : null)).Single();
            await Approve(host, sign, measured ? tallies["approve (sign: completes instance)"] : null);
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"profile: {instances} instances, one client, one after the other; SQL statements EF Core executed per operation"));
        foreach (var (name, tally) in tallies)
        {
            Console.WriteLine(tally.Report(name));
        }
    }

    /// <summary>Listens to EF Core's statements until disposed (<see cref="CaptureAsync"/> needs it).</summary>
    public static IDisposable Listen() => new StatementProbe();

    /// <summary>Runs <paramref name="work"/> counting the SQL EF Core executes in it (while <see cref="Listen"/>ing): the statements' text and their time in milliseconds.</summary>
    public static async Task<(T Result, IReadOnlyList<string> Sql, double Ms)> CaptureAsync<T>(Func<Task<T>> work)
    {
        var tally = new Tally();
        var result = await Timed(tally, work);
        return (result, tally.Texts, tally.StatementMs);
    }

    private static async Task<List<WorkItem>> Lookup(BenchHost host, Participants who, string instanceId, Tally? tally) =>
        (await Timed(tally, () => host.AsAsync(who.Submitters[0], sp => sp.GetRequiredService<IWorkflowQueries>().InstanceWorkItemsAsync(instanceId, CancellationToken.None))))
            .Where(i => i.State == WorkItemState.Open).ToList();

    private static Task<ActionOutcome> Approve(BenchHost host, WorkItem item, Tally? tally) =>
        Timed(tally, () => host.AsAsync(item.AssigneeId, sp => sp.GetRequiredService<IWorkflowRuntime>()
            .ActAsync(new WorkflowAction(ActionKind.Approve) { WorkItemId = item.Id, Opinion = "Agreed." }, CancellationToken.None)));

    private static async Task<T> Timed<T>(Tally? tally, Func<Task<T>> work)
    {
        Current.Value = tally;
        var cpu = Environment.CpuUsage.TotalTime;
        var allocated = GC.GetTotalAllocatedBytes();
        var started = Stopwatch.GetTimestamp();
        try
        {
            return await work();
        }
        finally
        {
            tally?.Operation(Stopwatch.GetElapsedTime(started), Environment.CpuUsage.TotalTime - cpu, GC.GetTotalAllocatedBytes() - allocated);
            Current.Value = null;
        }
    }

    public void OnNext(DiagnosticListener value)
    {
        if (value.Name == DbLoggerCategory.Name)
        {
            lock (_subscriptions)
            {
                _subscriptions.Add(value.Subscribe(this, name => name == RelationalEventId.CommandExecuted.Name));
            }
        }
    }

    public void OnNext(KeyValuePair<string, object?> value)
    {
        if (value.Value is CommandExecutedEventData executed && Current.Value is { } tally)
        {
            tally.Statement(executed.Command.CommandText, executed.Duration);
        }
    }

    public void OnCompleted()
    {
    }

    public void OnError(Exception error)
    {
    }

    public void Dispose()
    {
        _all.Dispose();
        lock (_subscriptions)
        {
            _subscriptions.ForEach(s => s.Dispose());
        }
    }

    /// <summary>Operations of one kind: how many, how long, and each distinct statement's count and time.</summary>
    private sealed class Tally
    {
        private readonly ConcurrentDictionary<string, (int Count, double Ms)> _statements = new(StringComparer.Ordinal);
        private readonly Latencies _operations = new();
        private double _cpuMs;
        private long _allocated;

        public void Operation(TimeSpan elapsed, TimeSpan cpu, long allocated)
        {
            _operations.Add(elapsed);
            _cpuMs += cpu.TotalMilliseconds;
            _allocated += allocated;
        }

        public List<string> Texts { get; } = [];

        public double StatementMs { get; private set; }

        public void Statement(string sql, TimeSpan duration)
        {
            lock (Texts)
            {
                Texts.Add(sql);
                StatementMs += duration.TotalMilliseconds;
            }

            _statements.AddOrUpdate(Shorten(sql), _ => (1, duration.TotalMilliseconds), (_, v) => (v.Count + 1, v.Ms + duration.TotalMilliseconds));
        }

        public string Report(string name)
        {
            var n = Math.Max(_operations.Count, 1);
            var statements = _statements.Values.Sum(v => v.Count) / (double)n;
            var sqlMs = _statements.Values.Sum(v => v.Ms) / n;
            var mean = _operations.Mean;
            var text = new StringBuilder();
            text.AppendLine(_operations.Report("  " + name));
            text.AppendLine(string.Create(CultureInfo.InvariantCulture,
                $"    per operation (mean): {statements:F1} statements taking {sqlMs:F3} ms; wall {mean:F3} ms; process CPU {_cpuMs / n:F3} ms; allocated {_allocated / 1024.0 / n:F0} KiB"));
            foreach (var (sql, (count, ms)) in _statements.OrderByDescending(s => s.Value.Ms))
            {
                text.AppendLine(string.Create(CultureInfo.InvariantCulture, $"    {count / (double)n,5:F1} x {ms / Math.Max(count, 1),7:F3} ms  {sql}"));
            }

            return text.ToString().TrimEnd();
        }

        private static string Shorten(string sql)
        {
            var flat = string.Join(' ', sql.Split((char[])['\r', '\n', '\t', ' '], StringSplitOptions.RemoveEmptyEntries));
            return flat.Length <= 150 ? flat : flat[..150] + "…";
        }
    }
}
