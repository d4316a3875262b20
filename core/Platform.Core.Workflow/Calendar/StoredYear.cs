namespace Platform.Core.Workflow.Calendar;

/// <summary>The JSON kept in <c>wf_calendar_years.settings</c>.</summary>
internal sealed record StoredYear(IReadOnlyList<DateOnly> Holidays, IReadOnlyList<DateOnly> MakeUpDays);
