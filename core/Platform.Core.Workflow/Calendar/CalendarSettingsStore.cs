using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Platform.Contracts.Errors;
using Platform.Contracts.Workflow.Calendar;
using Platform.Core.Workflow.Persistence;
using Platform.Core.Workflow.Persistence.Entities;

namespace Platform.Core.Workflow.Calendar;

/// <summary>Reads and replaces years in <c>wf_calendar_years</c>, with optimistic concurrency on the revision.</summary>
internal sealed class CalendarSettingsStore(CalendarOptions options, WorkflowDbContext db, TimeProvider clock) : IWorkingCalendarSettings
{
    public async Task<WorkingCalendarYear> GetYearAsync(int year, CancellationToken cancellationToken)
    {
        CheckYear(year);
        var row = await db.CalendarYears.AsNoTracking().SingleOrDefaultAsync(r => r.Year == year, cancellationToken);
        return row is null ? new WorkingCalendarYear(year, [], []) : ToYear(row);
    }

    public async Task<WorkingCalendarYear> ReplaceYearAsync(WorkingCalendarYear year, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(year);
        CheckYear(year.Year);
        Validate(year);
        var settings = JsonSerializer.Serialize(new StoredYear([.. year.Holidays.Order()], [.. year.MakeUpDays.Order()]), WorkflowJson.Options);
        var now = clock.GetUtcNow().UtcTicks;
        var row = await db.CalendarYears.SingleOrDefaultAsync(r => r.Year == year.Year, cancellationToken);
        if ((row?.Revision ?? 0) != year.Revision)
        {
            throw Conflict(year.Year, row?.Revision ?? 0, year.Revision);
        }

        if (row is null)
        {
            row = new CalendarYearRow { Year = year.Year, Settings = settings, Revision = 1, UpdatedAtTicks = now };
            db.CalendarYears.Add(row);
        }
        else
        {
            row.Settings = settings;
            row.Revision++;
            row.UpdatedAtTicks = now;
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException ex)
        {
            // Someone else stored the year between our read and write (an update racing, or a first insert racing).
            db.ChangeTracker.Clear();
            throw new PlatformException(ErrorCodes.ConcurrencyConflict, $"The calendar of {year.Year} was changed by someone else meanwhile. Reload it and try again.", ErrorKind.Conflict, innerException: ex);
        }

        db.Entry(row).State = EntityState.Detached;
        return ToYear(row);
    }

    private void Validate(WorkingCalendarYear year)
    {
        var errors = new List<FieldError>();
        if (year.Holidays is null)
        {
            errors.Add(new FieldError("holidays", CalendarErrors.Required, "holidays is required (an empty list for none)."));
        }

        if (year.MakeUpDays is null)
        {
            errors.Add(new FieldError("makeUpDays", CalendarErrors.Required, "makeUpDays is required (an empty list for none)."));
        }

        var holidays = new HashSet<DateOnly>();
        for (var i = 0; i < (year.Holidays?.Count ?? 0); i++)
        {
            var date = year.Holidays![i];
            var field = $"holidays[{i}]";
            if (date.Year != year.Year)
            {
                errors.Add(new FieldError(field, CalendarErrors.OutsideYear, $"{date:yyyy-MM-dd} is not in {year.Year}."));
            }
            else if (!holidays.Add(date))
            {
                errors.Add(new FieldError(field, CalendarErrors.Duplicate, $"{date:yyyy-MM-dd} is listed twice."));
            }
        }

        var makeUps = new HashSet<DateOnly>();
        for (var i = 0; i < (year.MakeUpDays?.Count ?? 0); i++)
        {
            var date = year.MakeUpDays![i];
            var field = $"makeUpDays[{i}]";
            if (date.Year != year.Year)
            {
                errors.Add(new FieldError(field, CalendarErrors.OutsideYear, $"{date:yyyy-MM-dd} is not in {year.Year}."));
            }
            else if (!makeUps.Add(date))
            {
                errors.Add(new FieldError(field, CalendarErrors.Duplicate, $"{date:yyyy-MM-dd} is listed twice."));
            }
            else if (holidays.Contains(date))
            {
                errors.Add(new FieldError(field, CalendarErrors.HolidayAndMakeUpDay, $"{date:yyyy-MM-dd} cannot be both a holiday and a make-up working day."));
            }
            else if (!options.Weekend.Contains(date.DayOfWeek))
            {
                errors.Add(new FieldError(field, CalendarErrors.MakeUpDayNotWeekend, $"{date:yyyy-MM-dd} is a {date.DayOfWeek}, already a working day; make-up days are weekend days."));
            }
        }

        if (errors.Count > 0)
        {
            throw new PlatformException(CalendarErrors.Invalid, $"The calendar of {year.Year} has {errors.Count} problem(s): {errors[0].Message}", ErrorKind.Validation, errors);
        }
    }

    private static void CheckYear(int year)
    {
        if (year is < CalendarErrors.FirstYear or > CalendarErrors.LastYear)
        {
            throw new PlatformException(CalendarErrors.Invalid, $"The year must be between {CalendarErrors.FirstYear} and {CalendarErrors.LastYear}.", ErrorKind.Validation,
                [new FieldError("year", CalendarErrors.YearOutOfRange, $"{year} is not between {CalendarErrors.FirstYear} and {CalendarErrors.LastYear}.")]);
        }
    }

    private static PlatformException Conflict(int year, long stored, long given) =>
        new(ErrorCodes.ConcurrencyConflict,
            stored == 0
                ? $"The calendar of {year} is not configured (revision 0), but revision {given} was sent."
                : $"The calendar of {year} is at revision {stored}, not {given}: someone changed it since you read it. Reload it and try again.",
            ErrorKind.Conflict);

    private static WorkingCalendarYear ToYear(CalendarYearRow row)
    {
        var stored = JsonSerializer.Deserialize<StoredYear>(row.Settings, WorkflowJson.Options)!;
        return new WorkingCalendarYear(row.Year, stored.Holidays, stored.MakeUpDays) { Revision = row.Revision };
    }
}
