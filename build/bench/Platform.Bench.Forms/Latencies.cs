using System.Globalization;

namespace Platform.Bench.Forms;

/// <summary>Per-call times in milliseconds; percentiles by nearest rank.</summary>
internal sealed class Latencies
{
    private readonly List<double> _ms = [];

    public Latencies()
    {
    }

    public Latencies(IEnumerable<double> milliseconds) => _ms.AddRange(milliseconds);

    public void Add(TimeSpan elapsed) => _ms.Add(elapsed.TotalMilliseconds);

    public double Percentile(double p)
    {
        var sorted = _ms.Order().ToList();
        var rank = (int)Math.Ceiling(p / 100 * sorted.Count);
        return sorted[Math.Clamp(rank - 1, 0, sorted.Count - 1)];
    }

    public string Report(string name, double goalP99, bool goal = true) => string.Create(CultureInfo.InvariantCulture,
        $"{name,-34} n={_ms.Count,5}  p50={Percentile(50),7:F3}  p90={Percentile(90),7:F3}  p99={Percentile(99),7:F3}  mean={_ms.Average(),7:F3}  max={_ms.Max(),8:F3} ms{(goal ? $"   goal p99 <= {goalP99} ms: {(Percentile(99) <= goalP99 ? "met" : "NOT met")}" : "")}");
}
