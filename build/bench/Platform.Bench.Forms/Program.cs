using System.Globalization;
using Platform.Bench.Forms;

// Form engine benchmark (build/bench/forms.sh). Options: --creates N (2000) --warmup N (untimed creates first, 1500: until tiered JIT settles)
// --records N (100000) --queries N (1000) --work DIR
// --sync normal (creates with PRAGMA synchronous=NORMAL) --autocheckpoint N (creates with PRAGMA wal_autocheckpoint=N)
// --checkpointer MS (wal_autocheckpoint=0 and a PASSIVE checkpoint every MS ms on another connection)
// --stages (thread CPU of each step of a create)
// --raw (also the creates with the row written by hand with ADO.NET: EF Core's share) --probe (where a query's time goes).
// --records 0 skips the query benchmark.
var options = args.Select((a, i) => (a, i)).Where(x => x.a.StartsWith("--", StringComparison.Ordinal))
    .ToDictionary(x => x.a[2..], x => x.i + 1 < args.Length ? args[x.i + 1] : "", StringComparer.Ordinal);
int Option(string name, int fallback) => options.TryGetValue(name, out var v) ? int.Parse(v, CultureInfo.InvariantCulture) : fallback;
var creates = Option("creates", 2000);
var records = Option("records", 100_000);
var queries = Option("queries", 1000);
var work = options.GetValueOrDefault("work");
var warmup = Option("warmup", 1500);

Console.WriteLine($"forms benchmark: {Environment.ProcessorCount} cores, .NET {Environment.Version}, SQLite file in WAL mode");

var synchronous = options.GetValueOrDefault("sync");
int? checkpointer = options.ContainsKey("checkpointer") ? Option("checkpointer", 200) : null;
int? autoCheckpoint = checkpointer is not null ? 0 : options.ContainsKey("autocheckpoint") ? Option("autocheckpoint", 1000) : null;
if (creates > 0)
{
    await using var host = await BenchHost.StartAsync(work, synchronous, autoCheckpoint);
    await using var background = checkpointer is { } interval ? new BackgroundCheckpoint(host.DatabaseFile, interval) : null;
    var created = await CreateBenchmark.RunAsync(host, creates, warmup);
    var settings = (synchronous is null ? "" : $"; PRAGMA synchronous={synchronous}") + (autoCheckpoint is null ? "" : $"; PRAGMA wal_autocheckpoint={autoCheckpoint}")
        + (checkpointer is null ? "" : $"; PASSIVE checkpoint every {checkpointer} ms on another connection ({background})");
    Console.WriteLine($"create: 60 fields + 200x8 sub-table + 10 computed; validate, compute, save (IFormRecords.CreateAsync){settings}; GC: {(System.Runtime.GCSettings.IsServerGC ? "server" : "workstation")}");
    Console.WriteLine(created.Report("  create", 5));
    if (options.ContainsKey("raw"))
    {
        Console.WriteLine((await CreateBenchmark.RunRawAsync(host, creates, warmup)).Report("  same row written with ADO.NET", 5));
    }

    Console.WriteLine(CreateBenchmark.ProcessOnly(host, creates, warmup: 100).Report("  of which: processing alone", 5));
    if (options.ContainsKey("stages"))
    {
        Console.Write(await Stages.RunAsync(host, creates, warmup: 100));
    }
}

if (records == 0)
{
    return 0;
}

await using (var host = await BenchHost.StartAsync(work))
{
    var seeded = await QueryBenchmark.SeedAsync(host, records);
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"query: {records:N0} records of one form (written in {seeded.TotalSeconds:F1} s, not timed); pages of 50 (IFormRecords.QueryAsync)"));
    Console.WriteLine("  plan: " + await QueryBenchmark.PlanAsync(host));
    if (options.ContainsKey("probe"))
    {
        await Probe.RunAsync(host);
        return 0;
    }

    var byAmount = await QueryBenchmark.RunAsync(host, queries, warmup: 50, QueryBenchmark.StatusByAmount);
    Console.WriteLine(byAmount.Report("  status = x, sort -amount, page 1", 10));
    var deeper = await QueryBenchmark.RunAsync(host, queries, warmup: 50, QueryBenchmark.StatusByAmountDeeper);
    Console.WriteLine(deeper.Report("  status = x, sort -amount, pages 1-10", 10));
    var customer = await QueryBenchmark.RunAsync(host, queries, warmup: 50, QueryBenchmark.CustomerByAmount);
    Console.WriteLine(customer.Report("  customer = x (~20), sort -amount", 10));
    var byDate = await QueryBenchmark.RunAsync(host, queries, warmup: 50, QueryBenchmark.AmountByDate);
    Console.WriteLine(byDate.Report("  amount >= x, sort -orderedOn", 10));
}

return 0;
