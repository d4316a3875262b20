using System.Globalization;

namespace Platform.Bench.Forms;

/// <summary>
/// The calling thread's CPU time and run-queue wait (Linux <c>/proc/thread-self/schedstat</c>), in nanoseconds: on a
/// loaded machine, wall time minus run-queue wait is the time the operation itself took (CPU plus I/O), whatever
/// the neighbours do. Zeros where the file does not exist.
/// </summary>
internal static class ThreadClock
{
    private const string Path = "/proc/thread-self/schedstat";
    private static readonly bool Available = File.Exists(Path);

    public static (long CpuNs, long WaitNs) Read()
    {
        if (!Available)
        {
            return (0, 0);
        }

        var parts = File.ReadAllText(Path).Split(' ');
        return (long.Parse(parts[0], CultureInfo.InvariantCulture), long.Parse(parts[1], CultureInfo.InvariantCulture));
    }
}
