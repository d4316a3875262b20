using Platform.Contracts.Workflow.Definitions;

namespace Platform.Core.Workflow.Calendar;

/// <summary>
/// The calendar arithmetic on one snapshot of the settings, in the calendar's time zone (docs/workflow.md, "Working
/// calendar"). Pure: no clock, no database.
/// </summary>
internal sealed class CalendarRules(CalendarOptions options, IReadOnlyDictionary<int, YearDays> years)
{
    // How far a computation looks before deciding the calendar has no working time left (a guard, not a limit anyone meets).
    private const int MaxDays = 366 * 30;

    public bool IsWorkingDay(DateOnly date)
    {
        if (years.TryGetValue(date.Year, out var year))
        {
            if (year.MakeUpDays.Contains(date))
            {
                return true;
            }

            if (year.Holidays.Contains(date))
            {
                return false;
            }
        }

        return !options.Weekend.Contains(date.DayOfWeek);
    }

    public DateTimeOffset Add(DateTimeOffset start, Duration duration)
    {
        ArgumentNullException.ThrowIfNull(duration);
        ArgumentOutOfRangeException.ThrowIfNegative(duration.Amount, nameof(duration));
        return duration.Unit switch
        {
            DurationUnit.Minutes => start.AddMinutes(duration.Amount),
            DurationUnit.Hours => start.AddHours(duration.Amount),
            DurationUnit.Days => start.AddDays(duration.Amount),
            DurationUnit.WorkingHours => FromLocal(AddOfficeTime(ToLocal(start), TimeSpan.FromHours(duration.Amount)), start.Offset),
            DurationUnit.WorkingDays => FromLocal(AddWorkingDays(ToLocal(start), duration.Amount), start.Offset),
            _ => throw new ArgumentOutOfRangeException(nameof(duration), duration.Unit, "Unknown duration unit."),
        };
    }

    public TimeSpan WorkingTimeBetween(DateTimeOffset from, DateTimeOffset to)
    {
        if (to <= from)
        {
            return TimeSpan.Zero;
        }

        var start = ToLocal(from);
        var end = ToLocal(to);
        var total = TimeSpan.Zero;
        for (var day = DateOnly.FromDateTime(start); day <= DateOnly.FromDateTime(end); day = day.AddDays(1))
        {
            if (!IsWorkingDay(day))
            {
                continue;
            }

            foreach (var period in options.OfficeHours)
            {
                var s = Max(day.ToDateTime(period.Start), start);
                var e = Min(day.ToDateTime(period.End), end);
                if (e > s)
                {
                    total += e - s;
                }
            }
        }

        return total;
    }

    /// <summary>Office time counted forward from <paramref name="start"/>; time outside office hours does not count.</summary>
    private DateTime AddOfficeTime(DateTime start, TimeSpan amount)
    {
        if (amount == TimeSpan.Zero)
        {
            return start;
        }

        var remaining = amount;
        var day = DateOnly.FromDateTime(start);
        for (var i = 0; i < MaxDays; i++, day = day.AddDays(1))
        {
            if (!IsWorkingDay(day))
            {
                continue;
            }

            foreach (var period in options.OfficeHours)
            {
                var periodEnd = day.ToDateTime(period.End);
                if (start >= periodEnd)
                {
                    continue;
                }

                var from = Max(day.ToDateTime(period.Start), start);
                var available = periodEnd - from;
                if (remaining <= available)
                {
                    return from + remaining;
                }

                remaining -= available;
            }
        }

        throw NoWorkingTime();
    }

    /// <summary>
    /// The same time of day <paramref name="count"/> working days later. A start outside the working day (before its
    /// first period, after its last, or on a day off) first moves to the start of the next working period.
    /// </summary>
    private DateTime AddWorkingDays(DateTime start, int count)
    {
        var day = DateOnly.FromDateTime(start);
        var time = TimeOnly.FromDateTime(start);
        var opens = options.OfficeHours[0].Start;
        var closes = options.OfficeHours[^1].End;
        if (!IsWorkingDay(day) || time > closes)
        {
            day = NextWorkingDay(day);
            time = opens;
        }
        else if (time < opens)
        {
            time = opens;
        }

        for (var i = 0; i < count; i++)
        {
            day = NextWorkingDay(day);
        }

        return day.ToDateTime(time);
    }

    private DateOnly NextWorkingDay(DateOnly day)
    {
        for (var i = 0; i < MaxDays; i++)
        {
            day = day.AddDays(1);
            if (IsWorkingDay(day))
            {
                return day;
            }
        }

        throw NoWorkingTime();
    }

    private DateTime ToLocal(DateTimeOffset moment) => TimeZoneInfo.ConvertTime(moment, options.TimeZone).DateTime;

    private DateTimeOffset FromLocal(DateTime local, TimeSpan offset)
    {
        // A wall-clock time skipped by a daylight-saving change does not exist; take the moment the clock jumps to.
        while (options.TimeZone.IsInvalidTime(local))
        {
            local = local.AddMinutes(30);
        }

        return new DateTimeOffset(local, options.TimeZone.GetUtcOffset(local)).ToOffset(offset);
    }

    private static DateTime Max(DateTime a, DateTime b) => a > b ? a : b;

    private static DateTime Min(DateTime a, DateTime b) => a < b ? a : b;

    private static InvalidOperationException NoWorkingTime() =>
        new("The working calendar has no working time in the next 30 years; check the weekend and holiday settings.");
}
