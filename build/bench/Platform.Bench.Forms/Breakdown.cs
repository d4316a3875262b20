using System.Diagnostics;
using Platform.Contracts.Forms.Definitions;
using Platform.Contracts.Forms.Permissions;
using Platform.Core.Forms.Processing;
using System.Text.Json.Nodes;

namespace Platform.Bench.Forms;

/// <summary>
/// Where one create's time went, filled by <see cref="BenchProvider"/>'s interceptors and <see cref="TimedProcessor"/>
/// (the benchmark runs one create at a time on one thread, so plain statics suffice).
/// </summary>
internal static class Breakdown
{
    public static TimeSpan Processing;
    public static TimeSpan Begin;
    public static TimeSpan Commands;
    public static TimeSpan Commit;

    public static void Reset()
    {
        Processing = TimeSpan.Zero;
        Begin = TimeSpan.Zero;
        Commands = TimeSpan.Zero;
        Commit = TimeSpan.Zero;
    }
}

/// <summary>The engine's record processor, timed.</summary>
internal sealed class TimedProcessor(IRecordProcessor inner) : IRecordProcessor
{
    public JsonObject Process(FormDefinition definition, JsonObject? current, JsonObject submitted, FieldPermissionProfile profile)
    {
        var started = Stopwatch.GetTimestamp();
        var result = inner.Process(definition, current, submitted, profile);
        Breakdown.Processing += Stopwatch.GetElapsedTime(started);
        return result;
    }

    public JsonObject Redact(FormDefinition definition, JsonObject data, FieldPermissionProfile profile) => inner.Redact(definition, data, profile);
}
