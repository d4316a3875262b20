namespace Platform.Core.Workflow.Persistence.Entities;

/// <summary>One year of the working calendar (<c>wf_calendar_years</c>): holidays and make-up working days as JSON.</summary>
internal sealed class CalendarYearRow
{
    public required int Year { get; init; }

    /// <summary>The year's settings as JSON (Calendar/).</summary>
    public required string Settings { get; set; }

    public long Revision { get; set; }

    public required long UpdatedAtTicks { get; set; }
}
