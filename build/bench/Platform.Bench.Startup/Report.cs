namespace Platform.Bench.Startup;

/// <summary>Prints the summary table, the plugin/static ratios and whether the goal is met.</summary>
internal static class Report
{
    public const double Goal = 1.20;

    public static void Print(IReadOnlyList<VariantResult> results, BenchOptions options)
    {
        var plugin = results.Single(r => r.Name == "plugin");
        var linked = results.Single(r => r.Name == "static");
        Console.WriteLine();
        Console.WriteLine($"Cold start to first HTTP 200 from /health/ready, news + documents loaded, fresh data dir each start");
        Console.WriteLine($"({options.Iterations} measured starts per variant, alternating order; 1 warm-up start of each discarded; {Environment.ProcessorCount} cores)");
        Console.WriteLine();
        Console.WriteLine($"{"variant",-8} {"n",3} {"min",9} {"median",9} {"mean",9} {"p90",9} {"max",9}   (ms)");
        foreach (var r in results)
        {
            Console.WriteLine($"{r.Name,-8} {r.Count,3} {r.Min,9:F1} {r.Median,9:F1} {r.Mean,9:F1} {r.P90,9:F1} {r.Max,9:F1}");
        }

        var onMedians = plugin.Median / linked.Median;
        var onMeans = plugin.Mean / linked.Mean;
        Console.WriteLine();
        Console.WriteLine($"ratio plugin/static: {onMedians:F3} on medians ({Overhead(onMedians)}), {onMeans:F3} on means ({Overhead(onMeans)})");
        Console.WriteLine(onMedians <= Goal
            ? $"Goal met: plugin loading costs at most {(Goal - 1) * 100:F0}% over static linking (median ratio {onMedians:F3} <= {Goal:F2})."
            : $"Goal NOT met: plugin loading costs more than {(Goal - 1) * 100:F0}% over static linking (median ratio {onMedians:F3} > {Goal:F2}).");
    }

    private static string Overhead(double ratio) => $"{(ratio - 1) * 100:+0.0;-0.0}%";
}
