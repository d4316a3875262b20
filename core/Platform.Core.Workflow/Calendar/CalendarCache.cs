namespace Platform.Core.Workflow.Calendar;

/// <summary>
/// The configured years in memory, shared by every scope, tagged with the stamp they were read at (the sum of the
/// years' revisions: rows are never deleted and every change raises a revision, so any change anywhere — this node or
/// another — changes the stamp).
/// </summary>
internal sealed class CalendarCache
{
    private volatile Entry? _entry;

    public Entry? Current => _entry;

    public void Store(Entry entry) => _entry = entry;

    internal sealed record Entry(long Stamp, IReadOnlyDictionary<int, YearDays> Years);
}
