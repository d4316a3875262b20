namespace Platform.Core.Workflow.Calendar;

/// <summary>A year of the calendar over HTTP, with the fixed settings it applies with.</summary>
internal sealed record CalendarYearView(
    int Year,
    string TimeZone,
    IReadOnlyList<string> OfficeHours,
    IReadOnlyList<DayOfWeek> Weekend,
    IReadOnlyList<DateOnly> Holidays,
    IReadOnlyList<DateOnly> MakeUpDays,
    long Revision);

