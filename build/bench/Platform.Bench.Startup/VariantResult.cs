namespace Platform.Bench.Startup;

/// <summary>The measured start times of one variant, in milliseconds, with their summary statistics.</summary>
internal sealed class VariantResult
{
    private readonly double[] _sorted;

    public VariantResult(string name, IEnumerable<double> samples)
    {
        Name = name;
        _sorted = [.. samples.Order()];
    }

    public string Name { get; }

    public int Count => _sorted.Length;

    public double Min => _sorted[0];

    public double Max => _sorted[^1];

    public double Mean => _sorted.Average();

    public double Median => _sorted.Length % 2 == 1
        ? _sorted[_sorted.Length / 2]
        : (_sorted[(_sorted.Length / 2) - 1] + _sorted[_sorted.Length / 2]) / 2;

    /// <summary>90th percentile, nearest rank.</summary>
    public double P90 => _sorted[(int)Math.Ceiling(0.9 * _sorted.Length) - 1];
}
