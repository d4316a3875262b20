namespace Platform.Core.Workflow.Calendar;

/// <summary>A configured year's exceptions to the weekly rule.</summary>
internal sealed record YearDays(IReadOnlySet<DateOnly> Holidays, IReadOnlySet<DateOnly> MakeUpDays);
