using System.Globalization;
using Platform.Bench.Forms;

// Form engine benchmark (build/bench/forms.sh). Options: --creates N (2000) --records N (100000) --queries N (1000) --work DIR
// --sync normal (creates with PRAGMA synchronous=NORMAL) --probe (where a query's time goes)
var options = args.Select((a, i) => (a, i)).Where(x => x.a.StartsWith("--", StringComparison.Ordinal))
    .ToDictionary(x => x.a[2..], x => x.i + 1 < args.Length ? args[x.i + 1] : "", StringComparer.Ordinal);
int Option(string name, int fallback) => options.TryGetValue(name, out var v) ? int.Parse(v, CultureInfo.InvariantCulture) : fallback;
var creates = Option("creates", 2000);
var records = Option("records", 100_000);
var queries = Option("queries", 1000);
var work = options.GetValueOrDefault("work");

Console.WriteLine($"forms benchmark: {Environment.ProcessorCount} cores, .NET {Environment.Version}, SQLite file in WAL mode");

var normalSync = options.GetValueOrDefault("sync") == "normal";
if (creates > 0)
{
    await using var host = await BenchHost.StartAsync(work, normalSync);
    var created = await CreateBenchmark.RunAsync(host, creates, warmup: 100);
    Console.WriteLine($"create: 60 fields + 200x8 sub-table + 10 computed; validate, compute, save (IFormRecords.CreateAsync){(normalSync ? "; PRAGMA synchronous=NORMAL" : "")}");
    Console.WriteLine(created.Report("  create", 5));
    Console.WriteLine(CreateBenchmark.ProcessOnly(host, creates, warmup: 100).Report("  of which: processing alone", 5));
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
