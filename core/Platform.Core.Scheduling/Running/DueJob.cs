namespace Platform.Core.Scheduling.Running;

/// <summary>A due job as the poller read it; <see cref="Attempts"/> guards the claim against a stale read.</summary>
internal sealed record DueJob(string Id, string Kind, string? Key, long DueAtTicks, int Attempts, string? Payload);
