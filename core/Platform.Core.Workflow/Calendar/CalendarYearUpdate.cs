namespace Platform.Core.Workflow.Calendar;

/// <summary>The body of <c>PUT /api/workflow/calendar/{year}</c>.</summary>
internal sealed record CalendarYearUpdate(IReadOnlyList<DateOnly>? Holidays, IReadOnlyList<DateOnly>? MakeUpDays, long? Revision);
