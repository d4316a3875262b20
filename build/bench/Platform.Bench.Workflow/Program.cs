using System.Globalization;
using Platform.Bench.Workflow;

// Workflow engine benchmark (build/bench/workflow.sh). Options:
//   --clients N (4) --warmup S (5) --seconds S (20): throughput window; --raw-seconds S (10): the raw transaction's window
//   --profile N (100): instances taken through one by one with every SQL statement counted (0: skip)
//   --busy-timeout MS (0): PRAGMA busy_timeout on every connection of the engine and the raw transaction
//   --instances N (1000000) --queries N (2000): the to-do benchmark; the seeded database is cached in <work>/workflow-todos-<N>
//   --skip throughput|todos|http (repeatable as a comma list) --work DIR (artifacts/bench) --repo DIR (to find the host build)
var options = args.Select((a, i) => (a, i)).Where(x => x.a.StartsWith("--", StringComparison.Ordinal))
    .ToDictionary(x => x.a[2..], x => x.i + 1 < args.Length ? args[x.i + 1] : "", StringComparer.Ordinal);
int Option(string name, int fallback) => options.TryGetValue(name, out var v) ? int.Parse(v, CultureInfo.InvariantCulture) : fallback;
var clients = Option("clients", 4);
var warmup = TimeSpan.FromSeconds(Option("warmup", 5));
var window = TimeSpan.FromSeconds(Option("seconds", 20));
var rawWindow = TimeSpan.FromSeconds(Option("raw-seconds", 10));
var profile = Option("profile", 100);
var busyTimeout = Option("busy-timeout", 0);
var instances = Option("instances", 1_000_000);
var queries = Option("queries", 2000);
var work = Path.GetFullPath(options.GetValueOrDefault("work") ?? Path.Combine(Path.GetTempPath(), "platform-workflow-bench"));
var repo = Path.GetFullPath(options.GetValueOrDefault("repo") ?? Directory.GetCurrentDirectory());
var skip = (options.GetValueOrDefault("skip") ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToHashSet(StringComparer.Ordinal);
Directory.CreateDirectory(work);

Console.WriteLine($"workflow benchmark: {Environment.ProcessorCount} cores, .NET {Environment.Version}, SQLite file in WAL mode (the kernel's settings), Release");
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"options: --clients {clients} --warmup {warmup.TotalSeconds} --seconds {window.TotalSeconds} --raw-seconds {rawWindow.TotalSeconds} --profile {profile} --busy-timeout {busyTimeout} --instances {instances} --queries {queries} --work {work}{(skip.Count > 0 ? " --skip " + string.Join(',', skip) : "")}"));
Console.WriteLine("load: " + Load.Now());

if (!skip.Contains("throughput"))
{
    await using var host = await BenchHost.StartAsync(Path.Combine(work, "workflow-throughput-" + Guid.NewGuid().ToString("N")), keep: false, busyTimeout);
    var (ids, _) = await BenchOrg.EnsureAsync(host);
    var who = new Participants(
        Enumerable.Range(10, BenchOrg.MemberCount - 10).Select(m => ids[BenchOrg.Login(m)]).ToArray(),
        [ids["m001"], ids["m002"], ids["m003"]],
        ids["m004"]);
    await ApprovalProcess.PublishAsync(host, ids[BenchOrg.Login(0)], who.Countersigners, who.Signer);

    Console.WriteLine();
    Console.WriteLine($"1. throughput: start -> countersign (All) of 3 -> single -> end, no form (FormKey null); {clients} concurrent clients, each action in its own scope{(busyTimeout > 0 ? $"; PRAGMA busy_timeout={busyTimeout} on every connection (engine and raw)" : "")}");
    var result = await new ThroughputBenchmark(host, who).RunAsync(clients, warmup, window);
    Console.WriteLine("  load after: " + Load.Now());
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"  engine: {result.ActionsPerSecond:F0} completed actions/s (approvals; {result.Actions:N0} in {window.TotalSeconds:F0} s after {warmup.TotalSeconds:F0} s warm-up)   floor 300/s: {(result.ActionsPerSecond >= 300 ? "met" : "NOT met")}   goal 1,000/s: {(result.ActionsPerSecond >= 1000 ? "met" : "NOT met")}"));
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"          plus {result.StartsPerSecond:F0} starts/s; {result.InstancesPerSecond:F0} instances completed/s; {(result.Actions + result.Starts) / window.TotalSeconds:F0} writes/s (starts + actions)"));
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"          process CPU in the window: {result.Cpu.TotalSeconds:F1} s of {window.TotalSeconds * Environment.ProcessorCount:F0} available = {result.CpuMsPerAction:F2} ms per approval (starts and lookups included)"));
    Console.WriteLine(result.ActionTimes.Report("  approve (IWorkflowRuntime.ActAsync)"));
    Console.WriteLine(result.StartTimes.Report("  start (IWorkflowRuntime.StartAsync)"));
    Console.WriteLine(result.LookupTimes.Report("  client lookup (InstanceWorkItemsAsync)"));

    var raw = await RawTransactionBenchmark.RunAsync(host.DatabaseFile, host.Directory, clients, TimeSpan.FromSeconds(2), rawWindow, busyTimeout);
    Console.WriteLine("  load after raw: " + Load.Now());
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"  raw SQLite (update item + insert history + update instance, BEGIN IMMEDIATE/COMMIT, {clients} connections): {raw.PerSecond:F0} transactions/s ({raw.Transactions:N0} in {rawWindow.TotalSeconds:F0} s)"));
    Console.WriteLine(raw.Times.Report("  raw transaction"));
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"          process CPU per raw transaction: {raw.CpuMs:F3} ms"));
    var single = await RawTransactionBenchmark.RunAsync(host.DatabaseFile, host.Directory, 1, TimeSpan.FromSeconds(2), rawWindow, busyTimeout);
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  raw SQLite, 1 connection: {single.PerSecond:F0} transactions/s"));
    Console.WriteLine(single.Times.Report("  raw transaction, 1 connection"));
    Console.WriteLine($"  a connection with the kernel's settings: PRAGMA busy_timeout = {RawTransactionBenchmark.Pragma(host.DatabaseFile, "busy_timeout")} ms, synchronous = {RawTransactionBenchmark.Pragma(host.DatabaseFile, "synchronous")} (0 off, 1 normal, 2 full), wal_autocheckpoint = {RawTransactionBenchmark.Pragma(host.DatabaseFile, "wal_autocheckpoint")} pages");
    var ratio = result.ActionsPerSecond / raw.PerSecond;
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  engine/raw ratio: {ratio:F3}   goal >= 0.2: {(ratio >= 0.2 ? "met" : "NOT met")}   (on CPU per write: raw/engine {raw.CpuMs / result.CpuMsPerAction:F3})"));

    if (profile > 0)
    {
        Console.WriteLine();
        await StatementProbe.RunAsync(host, who, profile);
        Console.WriteLine("  load after: " + Load.Now());
    }
}

if (!skip.Contains("todos"))
{
    Console.WriteLine();
    var seed = await ToDoSeed.EnsureAsync(work, instances);
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"2. my to-dos: {seed.Instances:N0} historical instances ({seed.SeedNote}); member {ToDoSeed.MeasuredLogin} holds {seed.OpenItems:N0} open and {seed.DoneItems:N0} done items; page of 50, newest first"));
    Console.WriteLine("  plan: " + ToDoBenchmark.Plan(seed));
    Console.WriteLine("  load: " + Load.Now());
    await using (var host = await BenchHost.StartAsync(seed.Directory, keep: true))
    {
        var open = await ToDoBenchmark.EngineAsync(host, seed, queries, warmup: 100, done: false);
        Console.WriteLine(open.Times.Report("  in-process (WorkItemsAsync)", 3));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"    of which in the SQL statement (EF Core's figure, mean): {open.StatementMs:F3} ms; SQL: {open.Sql}"));
        var done = await ToDoBenchmark.EngineAsync(host, seed, queries, warmup: 100, done: true);
        Console.WriteLine(done.Times.Report("  in-process, done list (Done = true)"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"    of which in the SQL statement (mean): {done.StatementMs:F3} ms"));
    }

    Console.WriteLine(ToDoBenchmark.Raw(seed, queries, warmup: 100).Report("  raw SQLite (same query, prepared)"));
    if (!skip.Contains("http"))
    {
        try
        {
            Console.WriteLine((await HttpToDoBenchmark.RunAsync(repo, seed, queries, warmup: 100)).Report($"  HTTP GET {HttpToDoBenchmark.Path}", 10));
        }
        catch (InvalidOperationException error)
        {
            Console.WriteLine("  HTTP: not measured: " + error.Message);
        }
    }

    Console.WriteLine("  load after: " + Load.Now());
}

return 0;

/// <summary>The machine's load average, printed with the figures (the machine is shared).</summary>
internal static class Load
{
    public static string Now() => File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) + " (1/5/15 min)" : "unknown";
}
