namespace Platform.Core.Scheduling.Jobs;

/// <summary>The engine's stable error codes.</summary>
internal static class SchedulerErrors
{
    /// <summary>A job that cannot be stored: no kind, a kind or key too long, a payload that is not JSON.</summary>
    public const string InvalidJob = "scheduler.invalid_job";

    /// <summary>A listing asked for a state that does not exist.</summary>
    public const string InvalidState = "scheduler.invalid_state";
}
