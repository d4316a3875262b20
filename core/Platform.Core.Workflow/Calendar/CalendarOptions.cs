using System.Globalization;
using Microsoft.Extensions.Configuration;

namespace Platform.Core.Workflow.Calendar;

/// <summary>
/// The calendar's fixed settings, from <c>Modules:workflow:Calendar</c>: <c>TimeZone</c> (IANA id, default
/// <c>Asia/Shanghai</c>), <c>OfficeHours</c> (one or more periods, default <c>09:00-12:00,13:30-17:30</c>) and
/// <c>Weekend</c> (default <c>Saturday,Sunday</c>). Holidays and make-up days are per year, in the database.
/// </summary>
internal sealed record CalendarOptions(TimeZoneInfo TimeZone, IReadOnlyList<OfficePeriod> OfficeHours, IReadOnlySet<DayOfWeek> Weekend)
{
    public const string DefaultTimeZone = "Asia/Shanghai";

    public const string DefaultOfficeHours = "09:00-12:00,13:30-17:30";

    public const string DefaultWeekend = "Saturday,Sunday";

    public static CalendarOptions Default { get; } = Parse(DefaultTimeZone, DefaultOfficeHours, DefaultWeekend);

    /// <summary>Reads the section; a wrong value stops the module at start-up with a message naming the setting.</summary>
    public static CalendarOptions From(IConfiguration section) =>
        Parse(section["TimeZone"] is { Length: > 0 } zone ? zone : DefaultTimeZone,
            section["OfficeHours"] is { Length: > 0 } hours ? hours : DefaultOfficeHours,
            section["Weekend"] is { Length: > 0 } weekend ? weekend : DefaultWeekend);

    public static CalendarOptions Parse(string timeZone, string officeHours, string weekend)
    {
        TimeZoneInfo zone;
        try
        {
            zone = TimeZoneInfo.FindSystemTimeZoneById(timeZone);
        }
        catch (Exception ex) when (ex is TimeZoneNotFoundException or InvalidTimeZoneException)
        {
            throw new InvalidOperationException($"Modules:workflow:Calendar:TimeZone '{timeZone}' is not a time zone this machine knows (an IANA id such as Asia/Shanghai; is tzdata installed?).", ex);
        }

        var periods = new List<OfficePeriod>();
        foreach (var part in officeHours.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            var ends = part.Split('-', StringSplitOptions.TrimEntries);
            if (ends.Length != 2
                || !TimeOnly.TryParseExact(ends[0], "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var start)
                || !TimeOnly.TryParseExact(ends[1], "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var end)
                || end <= start
                || (periods.Count > 0 && start < periods[^1].End))
            {
                throw new InvalidOperationException($"Modules:workflow:Calendar:OfficeHours '{officeHours}' must be periods like 09:00-12:00,13:30-17:30, in order, not overlapping.");
            }

            periods.Add(new OfficePeriod(start, end));
        }

        if (periods.Count == 0)
        {
            throw new InvalidOperationException("Modules:workflow:Calendar:OfficeHours names no period.");
        }

        var days = new HashSet<DayOfWeek>();
        foreach (var name in weekend.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            days.Add(Enum.TryParse<DayOfWeek>(name, ignoreCase: true, out var day) && Enum.IsDefined(day) && !int.TryParse(name, out _)
                ? day
                : throw new InvalidOperationException($"Modules:workflow:Calendar:Weekend '{weekend}' must name days of the week (Saturday,Sunday)."));
        }

        if (days.Count == 7)
        {
            throw new InvalidOperationException("Modules:workflow:Calendar:Weekend leaves no working day.");
        }

        return new CalendarOptions(zone, periods, days);
    }
}
