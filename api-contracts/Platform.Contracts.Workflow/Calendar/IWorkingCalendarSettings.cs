namespace Platform.Contracts.Workflow.Calendar;

/// <summary>Reads and replaces a year of the working calendar (administration). Deadlines computed afterwards use the new settings.</summary>
public interface IWorkingCalendarSettings
{
    /// <summary>The year's settings; an unconfigured year comes back empty with revision 0.</summary>
    /// <param name="year">The year.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The year.</returns>
    Task<WorkingCalendarYear> GetYearAsync(int year, CancellationToken cancellationToken);

    /// <summary>
    /// Replaces a year's holidays and make-up days. <see cref="WorkingCalendarYear.Revision"/> must be the revision
    /// read (0 for a year not configured yet); otherwise nothing changes and <c>data.concurrency_conflict</c> is thrown.
    /// </summary>
    /// <param name="year">The new settings and the revision they replace.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The stored year with its new revision.</returns>
    /// <exception cref="Errors.PlatformException">
    /// <c>workflow.calendar.invalid</c> with field errors (a date outside the year, a date both holiday and make-up
    /// day, a make-up day that is not a weekend day, a duplicate; a year out of range), or <c>data.concurrency_conflict</c>.
    /// </exception>
    Task<WorkingCalendarYear> ReplaceYearAsync(WorkingCalendarYear year, CancellationToken cancellationToken);
}
