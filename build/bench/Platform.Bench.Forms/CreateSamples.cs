using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace Platform.Bench.Forms;

/// <summary>
/// Per-create measurements: wall time; the thread's run-queue wait (time it was ready but another process had the
/// CPU — the machine's load, not the engine); GC pauses; whether a WAL checkpoint wrote the database file during the
/// call; and the <see cref="Breakdown"/> parts. The report prints percentiles of each and what the slowest 1% had in common.
/// </summary>
internal sealed class CreateSamples(string databaseFile)
{
    private readonly List<Sample> _samples = [];

    /// <summary>Untimed creates run before the timed ones.</summary>
    public int WarmedUp { get; set; }
    private long _started;
    private (long CpuNs, long WaitNs) _clock;
    private TimeSpan _gcPause;
    private int _gcCount;
    private DateTime _dbWritten;
    private int _thread;
    private long _jitted;

    public void Start()
    {
        Breakdown.Reset();
        _dbWritten = File.GetLastWriteTimeUtc(databaseFile);
        _gcPause = GC.GetTotalPauseDuration();
        _gcCount = GC.CollectionCount(0);
        _thread = Environment.CurrentManagedThreadId;
        _jitted = System.Runtime.JitInfo.GetCompiledMethodCount();
        _clock = ThreadClock.Read();
        _started = Stopwatch.GetTimestamp();
    }

    public void Stop(bool keep)
    {
        var wall = Stopwatch.GetElapsedTime(_started);
        var clock = ThreadClock.Read();
        if (!keep)
        {
            return;
        }

        _samples.Add(new Sample(
            wall.TotalMilliseconds,
            _thread == Environment.CurrentManagedThreadId ? (clock.WaitNs - _clock.WaitNs) / 1e6 : double.NaN,
            (clock.CpuNs - _clock.CpuNs) / 1e6,
            (GC.GetTotalPauseDuration() - _gcPause).TotalMilliseconds,
            GC.CollectionCount(0) - _gcCount,
            File.GetLastWriteTimeUtc(databaseFile) != _dbWritten,
            System.Runtime.JitInfo.GetCompiledMethodCount() - _jitted,
            Breakdown.Processing.TotalMilliseconds,
            Breakdown.Begin.TotalMilliseconds,
            Breakdown.Commands.TotalMilliseconds,
            Breakdown.Commit.TotalMilliseconds));
    }

    public string Report(string name, double goalP99)
    {
        var wall = new Latencies(_samples.Select(s => s.Wall));
        var own = new Latencies(_samples.Where(s => !double.IsNaN(s.Wait)).Select(s => s.Wall - s.Wait));
        var text = new StringBuilder();
        text.AppendLine(wall.Report(name, goalP99) + (WarmedUp > 0 ? string.Create(CultureInfo.InvariantCulture, $"   (after {WarmedUp} untimed)") : ""));
        text.AppendLine(own.Report("    wall - run-queue wait", goalP99));
        Part(text, "    run-queue wait (machine load)", s => s.Wait);
        Part(text, "    thread CPU", s => s.Cpu);
        Part(text, "    processing (validate+compute)", s => s.Processing);
        Part(text, "    begin transaction", s => s.Begin);
        Part(text, "    SQL commands (INSERTs)", s => s.Commands);
        Part(text, "    commit", s => s.Commit);
        Part(text, "    GC pause", s => s.GcPause);
        var threshold = wall.Percentile(99);
        var tail = _samples.Where(s => s.Wall >= threshold).ToList();
        var checkpoints = _samples.Count(s => s.Checkpoint);
        text.Append(string.Create(CultureInfo.InvariantCulture,
            $"    calls with a WAL checkpoint: {checkpoints} of {_samples.Count}; with a GC: {_samples.Count(s => s.GcCount > 0)}; with JIT compilation (tiering, any thread): {_samples.Count(s => s.Jitted > 0)} ({_samples.Sum(s => s.Jitted)} methods)\n"));
        text.Append(string.Create(CultureInfo.InvariantCulture,
            $"    slowest 1% (>= {threshold:F3} ms, {tail.Count} calls): mean wait {Mean(tail, s => s.Wait):F3}, processing {Mean(tail, s => s.Processing):F3}, commands {Mean(tail, s => s.Commands):F3}, commit {Mean(tail, s => s.Commit):F3}, GC pause {Mean(tail, s => s.GcPause):F3} ms; {tail.Count(s => s.Checkpoint)} with a checkpoint, {tail.Count(s => s.GcCount > 0)} with a GC, {tail.Count(s => s.Jitted > 0)} with JIT"));
        var measured = _samples.Where(s => !double.IsNaN(s.Wait)).ToList();
        if (measured.Count > 0)
        {
            var ownThreshold = own.Percentile(99);
            var ownTail = measured.Where(s => s.Wall - s.Wait >= ownThreshold).ToList();
            text.Append('\n');
            text.Append(string.Create(CultureInfo.InvariantCulture,
                $"    slowest 1% by wall - wait (>= {ownThreshold:F3} ms, {ownTail.Count} calls): mean CPU {Mean(ownTail, s => s.Cpu):F3}, processing {Mean(ownTail, s => s.Processing):F3}, commands {Mean(ownTail, s => s.Commands):F3}, commit {Mean(ownTail, s => s.Commit):F3}, GC pause {Mean(ownTail, s => s.GcPause):F3} ms; {ownTail.Count(s => s.Checkpoint)} with a checkpoint, {ownTail.Count(s => s.GcCount > 0)} with a GC, {ownTail.Count(s => s.Jitted > 0)} with JIT"));
        }

        if (checkpoints > 0 && checkpoints < _samples.Count)
        {
            text.Append('\n');
            text.Append(new Latencies(_samples.Where(s => s.Checkpoint).Select(s => s.Commit)).Report("    commit, calls with a checkpoint", goalP99));
            text.Append('\n');
            text.Append(new Latencies(_samples.Where(s => !s.Checkpoint).Select(s => s.Commit)).Report("    commit, calls without", goalP99));
        }

        return text.ToString();
    }

    private void Part(StringBuilder text, string name, Func<Sample, double> part)
    {
        var values = _samples.Select(part).Where(v => !double.IsNaN(v)).ToList();
        if (values.Any(v => v > 0))
        {
            text.AppendLine(new Latencies(values).Report(name, 0, goal: false));
        }
    }

    private static double Mean(List<Sample> samples, Func<Sample, double> part) =>
        samples.Select(part).Where(v => !double.IsNaN(v)).DefaultIfEmpty(0).Average();

    private sealed record Sample(double Wall, double Wait, double Cpu, double GcPause, int GcCount, bool Checkpoint, long Jitted, double Processing, double Begin, double Commands, double Commit);
}
