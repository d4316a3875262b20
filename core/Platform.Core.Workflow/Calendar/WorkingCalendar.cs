using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Platform.Contracts.Workflow.Calendar;
using Platform.Contracts.Workflow.Definitions;
using Platform.Core.Workflow.Persistence;

namespace Platform.Core.Workflow.Calendar;

/// <summary>
/// The working calendar of a scope. On first use in the scope it compares the stored stamp with the cached one (one
/// small aggregate query) and reloads the years when they differ, so a change made on any node is seen by the next
/// request or job everywhere.
/// </summary>
internal sealed class WorkingCalendar(CalendarOptions options, CalendarCache cache, WorkflowDbContext db) : IWorkingCalendar
{
    private CalendarRules? _rules;

    public bool IsWorkingDay(DateOnly date) => Rules.IsWorkingDay(date);

    public DateTimeOffset Add(DateTimeOffset start, Duration duration) => Rules.Add(start, duration);

    public TimeSpan WorkingTimeBetween(DateTimeOffset from, DateTimeOffset to) => Rules.WorkingTimeBetween(from, to);

    private CalendarRules Rules => _rules ??= new CalendarRules(options, Load());

    private IReadOnlyDictionary<int, YearDays> Load()
    {
        var stamp = db.CalendarYears.Sum(r => r.Revision);
        if (cache.Current is { } cached && cached.Stamp == stamp)
        {
            return cached.Years;
        }

        var rows = db.CalendarYears.AsNoTracking().ToList();
        var years = rows.ToDictionary(
            r => r.Year,
            r =>
            {
                var stored = JsonSerializer.Deserialize<StoredYear>(r.Settings, WorkflowJson.Options)!;
                return new YearDays(stored.Holidays.ToHashSet(), stored.MakeUpDays.ToHashSet());
            });
        cache.Store(new CalendarCache.Entry(rows.Sum(r => r.Revision), years));
        return years;
    }
}
