namespace Platform.Contracts.Workflow.Calendar;

/// <summary>
/// One year of the working calendar: public holidays and make-up working days (调休), on top of the weekly weekend.
/// A year nobody configured has neither (only weekends are days off) and <see cref="Revision"/> 0.
/// </summary>
/// <param name="Year">The year, e.g. 2026.</param>
/// <param name="Holidays">Dates that are days off although they fall on a weekday (e.g. the Spring Festival block).</param>
/// <param name="MakeUpDays">Weekend dates that are working days (调休上班).</param>
public sealed record WorkingCalendarYear(int Year, IReadOnlyList<DateOnly> Holidays, IReadOnlyList<DateOnly> MakeUpDays)
{
    /// <summary>
    /// The stored revision: what a reader saw, and what a writer must send back to replace it (0 when the year was
    /// never configured). Raised by every replacement.
    /// </summary>
    public long Revision { get; init; }
}
