using System.Diagnostics;
using Platform.Contracts.Organization.Import;

namespace Platform.Bench.Organization.Import;

/// <summary>Times the import's stages from its progress reports (synchronous, unlike <see cref="Progress{T}"/>).</summary>
internal sealed class StageClock : IProgress<ImportProgress>
{
    private readonly List<(string Stage, long At)> _starts = [];

    public void Report(ImportProgress value)
    {
        if (_starts.Count == 0 || _starts[^1].Stage != value.Stage)
        {
            _starts.Add((value.Stage, Stopwatch.GetTimestamp()));
        }
    }

    public Dictionary<string, double> Durations(long end)
    {
        var result = new Dictionary<string, double>(StringComparer.Ordinal);
        for (var i = 0; i < _starts.Count; i++)
        {
            var until = i + 1 < _starts.Count ? _starts[i + 1].At : end;
            result[_starts[i].Stage] = Math.Round(Stopwatch.GetElapsedTime(_starts[i].At, until).TotalSeconds, 3);
        }

        return result;
    }
}
