namespace Platform.Core.Scheduling.Persistence.Entities;

/// <summary>
/// One scheduled job (<c>sched_jobs</c>). Pending while both <see cref="FiredAtTicks"/> and <see cref="FailedAtTicks"/>
/// are null; done once fired; failed once given up. Times are UTC ticks.
/// </summary>
internal sealed class JobRow
{
    public required string Id { get; init; }

    public required string Kind { get; init; }

    public string? Key { get; init; }

    public required long DueAtTicks { get; set; }

    public string? Payload { get; init; }

    public required long CreatedAtTicks { get; init; }

    /// <summary>Attempts started (a successful run counts as one).</summary>
    public int Attempts { get; set; }

    public long? FiredAtTicks { get; set; }

    public long? FailedAtTicks { get; set; }

    /// <summary>Why the last attempt failed, or why the job was given up.</summary>
    public string? LastError { get; set; }
}
