namespace Platform.Core.Scheduling.Jobs;

/// <summary>Where a job stands.</summary>
internal enum JobState
{
    /// <summary>Waiting to become due, or due and not yet run (also between failed attempts).</summary>
    Pending,

    /// <summary>Ran successfully.</summary>
    Done,

    /// <summary>Given up: too many failed attempts, or no handler for its kind.</summary>
    Failed,
}
