using System.Collections.Concurrent;
using System.Globalization;

namespace Platform.Bench.Workflow;

/// <summary>Per-call times in milliseconds (safe to add from several clients); percentiles by nearest rank.</summary>
internal sealed class Latencies
{
    private readonly ConcurrentBag<double> _ms = [];

    public int Count => _ms.Count;

    public double Mean => _ms.IsEmpty ? 0 : _ms.Average();

    public void Add(TimeSpan elapsed) => _ms.Add(elapsed.TotalMilliseconds);

    public double Percentile(double p)
    {
        var sorted = _ms.Order().ToList();
        var rank = (int)Math.Ceiling(p / 100 * sorted.Count);
        return sorted[Math.Clamp(rank - 1, 0, sorted.Count - 1)];
    }

    public string Report(string name, double? goalP99 = null) => Count == 0
        ? $"{name,-40} n=0"
        : string.Create(CultureInfo.InvariantCulture,
            $"{name,-40} n={Count,6}  p50={Percentile(50),8:F3}  p90={Percentile(90),8:F3}  p99={Percentile(99),8:F3}  mean={_ms.Average(),8:F3}  max={_ms.Max(),9:F3} ms{Goal(goalP99)}");

    private string Goal(double? goalP99) => goalP99 is { } goal
        ? string.Create(CultureInfo.InvariantCulture, $"   goal p99 <= {goal} ms: {(Percentile(99) <= goal ? "met" : "NOT met")}")
        : "";
}
