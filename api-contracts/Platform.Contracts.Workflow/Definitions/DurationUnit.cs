namespace Platform.Contracts.Workflow.Definitions;

/// <summary>Unit of a <see cref="Duration"/>.</summary>
public enum DurationUnit
{
    /// <summary>Clock minutes.</summary>
    Minutes,

    /// <summary>Clock hours.</summary>
    Hours,

    /// <summary>Calendar days.</summary>
    Days,

    /// <summary>Working hours on the working calendar (within working days' office hours).</summary>
    WorkingHours,

    /// <summary>Working days on the working calendar (weekends and holidays skipped, make-up days counted).</summary>
    WorkingDays,
}
