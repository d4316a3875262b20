using System.Globalization;

namespace Platform.Bench.Organization.Import;

/// <summary>
/// <c>import --file F [--work DIR] [--runs N]</c>: for each run, in fresh processes, (1) a full import of F into an
/// empty data directory, (2) a re-import of the unchanged F into the same directory, (3) a raw prepared-statement insert
/// of the same rows into a fresh database with the same schema; then once (4) the full import again with server GC, as
/// <c>platform org import</c> runs (the host uses the Web SDK, hence server GC). Prints each figure, the medians, the
/// ratio import/raw and the goals.
/// </summary>
internal static class ImportBenchmark
{
    private const double FullImportGoalSeconds = 15;
    private const double ReimportGoalSeconds = 5;
    private const double PeakMemoryGoalBytes = 1L << 30;
    private const double RatioGoal = 10;

    public static async Task<int> RunAsync(BenchArguments arguments)
    {
        var file = Path.GetFullPath(arguments.Required("file"));
        if (!File.Exists(file))
        {
            throw new BenchmarkException($"{file} does not exist; run 'generate' first");
        }

        var work = Path.GetFullPath(arguments.Optional("work") ?? Path.Combine(Path.GetTempPath(), "platform-bench-org"));
        var runs = arguments.Int("runs", 3);
        var (full, again, raw) = (new List<Measurement>(), new List<Measurement>(), new List<Measurement>());
        for (var run = 1; run <= runs; run++)
        {
            var dataDir = Fresh(Path.Combine(work, $"run{run}"));
            full.Add(Print($"run {run}: full import", await ChildProcess.MeasureAsync(false, "measure-import", "--file", file, "--data-dir", dataDir)));
            again.Add(Print($"run {run}: re-import", await ChildProcess.MeasureAsync(false, "measure-import", "--file", file, "--data-dir", dataDir)));
            raw.Add(Print($"run {run}: raw insert", await ChildProcess.MeasureAsync(false, "measure-raw", "--file", file, "--db", Path.Combine(Fresh(Path.Combine(work, $"raw{run}")), "raw.db"))));
        }

        var serverGc = Print("full import, server GC", await ChildProcess.MeasureAsync(true, "measure-import", "--file", file, "--data-dir", Fresh(Path.Combine(work, "server-gc"))));
        Directory.Delete(work, recursive: true);

        Report(full, again, raw, serverGc);
        return 0;
    }

    private static void Report(List<Measurement> full, List<Measurement> again, List<Measurement> raw, Measurement serverGc)
    {
        var f = Median(full, m => m.Seconds);
        var fi = Median(full, m => m.ImportSeconds);
        var r = Median(again, m => m.Seconds);
        var w = Median(raw, m => m.Seconds);
        var peak = full.Max(m => m.PeakWorkingSetBytes);
        Console.WriteLine();
        Console.WriteLine($"Medians of {full.Count} run(s); stages of the median full import:");
        foreach (var (stage, seconds) in full.OrderBy(m => m.Seconds).ElementAt(full.Count / 2).Stages)
        {
            Console.WriteLine($"  {stage,-22} {seconds,7:0.000} s");
        }

        Console.WriteLine();
        Console.WriteLine($"full import (parse + import)   {f,7:0.00} s   (parse {Median(full, m => m.ParseSeconds):0.00} s, importer {fi:0.00} s)   peak working set {Mib(peak)} (max of runs, {full[0].GcMode} GC)");
        Console.WriteLine($"full import, server GC         {serverGc.Seconds,7:0.00} s   peak working set {Mib(serverGc.PeakWorkingSetBytes)}");
        Console.WriteLine($"re-import, unchanged           {r,7:0.00} s   (parse {Median(again, m => m.ParseSeconds):0.00} s, importer {Median(again, m => m.ImportSeconds):0.00} s)   peak working set {Mib(again.Max(m => m.PeakWorkingSetBytes))}");
        Console.WriteLine($"raw insert, same rows          {w,7:0.00} s   ({raw[0].Rows:N0} rows)");
        Console.WriteLine($"ratio import/raw               {f / w,7:0.0}x  (importer alone {fi / w:0.0}x)");
        Console.WriteLine();
        Console.WriteLine($"goal full import <= {FullImportGoalSeconds} s: {Verdict(f <= FullImportGoalSeconds && serverGc.Seconds <= FullImportGoalSeconds)}");
        Console.WriteLine($"goal peak memory <= 1 GiB: {Verdict(peak <= PeakMemoryGoalBytes && serverGc.PeakWorkingSetBytes <= PeakMemoryGoalBytes)}");
        Console.WriteLine($"goal re-import <= {ReimportGoalSeconds} s: {Verdict(r <= ReimportGoalSeconds)}");
        Console.WriteLine($"goal ratio <= {RatioGoal}x: {Verdict(f / w <= RatioGoal)}");
    }

    private static Measurement Print(string label, Measurement m)
    {
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{label,-26} {m.Seconds,7:0.00} s  peak {Mib(m.PeakWorkingSetBytes),10}  {m.Summary}"));
        return m;
    }

    private static string Fresh(string directory)
    {
        if (Directory.Exists(directory))
        {
            Directory.Delete(directory, recursive: true);
        }

        Directory.CreateDirectory(directory);
        return directory;
    }

    private static double Median(List<Measurement> runs, Func<Measurement, double> value)
    {
        var sorted = runs.Select(value).Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
    }

    private static string Mib(long bytes) => string.Create(CultureInfo.InvariantCulture, $"{bytes / 1_048_576.0:0} MiB");

    private static string Verdict(bool met) => met ? "met" : "MISSED";
}
