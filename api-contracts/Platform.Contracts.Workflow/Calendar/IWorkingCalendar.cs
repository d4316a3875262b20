using Platform.Contracts.Workflow.Definitions;

namespace Platform.Contracts.Workflow.Calendar;

/// <summary>
/// The working calendar deadlines are computed on: weekends, public holidays and make-up working days (调休) per year,
/// and office hours, in the organisation's time zone.
/// </summary>
public interface IWorkingCalendar
{
    /// <summary>Whether a date is a working day (make-up days are; holidays and, unless made up, weekends are not).</summary>
    /// <param name="date">The date, in the calendar's time zone.</param>
    bool IsWorkingDay(DateOnly date);

    /// <summary>The moment <paramref name="duration"/> after <paramref name="start"/>; working units skip non-working time.</summary>
    /// <param name="start">Start.</param>
    /// <param name="duration">Length.</param>
    DateTimeOffset Add(DateTimeOffset start, Duration duration);

    /// <summary>Working time between two moments (zero when <paramref name="to"/> is not after <paramref name="from"/>).</summary>
    /// <param name="from">From.</param>
    /// <param name="to">To.</param>
    TimeSpan WorkingTimeBetween(DateTimeOffset from, DateTimeOffset to);
}
