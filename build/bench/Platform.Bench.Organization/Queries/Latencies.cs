using System.Diagnostics;
using System.Globalization;

namespace Platform.Bench.Organization.Queries;

/// <summary>Per-call latencies in Stopwatch ticks, summarised as percentiles in microseconds or milliseconds.</summary>
internal sealed class Latencies(int capacity)
{
    private readonly List<long> _ticks = new(capacity);

    public void Add(long ticks) => _ticks.Add(ticks);

    public double Percentile(double p)
    {
        var sorted = _ticks.Order().ToArray();
        var index = Math.Clamp((int)Math.Ceiling(p / 100 * sorted.Length) - 1, 0, sorted.Length - 1);
        return sorted[index] * 1_000_000.0 / Stopwatch.Frequency;
    }

    public string Microseconds() => string.Create(
        CultureInfo.InvariantCulture,
        $"p50 {Percentile(50):0.00} µs   p99 {Percentile(99):0.00} µs   p99.9 {Percentile(99.9):0.00} µs   max {Percentile(100):0.0} µs");

    public string Milliseconds() => string.Create(
        CultureInfo.InvariantCulture,
        $"p50 {Percentile(50) / 1000:0.000} ms   p99 {Percentile(99) / 1000:0.000} ms   max {Percentile(100) / 1000:0.000} ms");
}
