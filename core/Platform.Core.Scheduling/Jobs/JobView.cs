namespace Platform.Core.Scheduling.Jobs;

/// <summary>A job as administrators see it (<c>GET /api/scheduler/jobs</c>).</summary>
internal sealed record JobView(
    string Id,
    string Kind,
    string? Key,
    JobState State,
    DateTimeOffset DueAt,
    int Attempts,
    DateTimeOffset CreatedAt,
    DateTimeOffset? FiredAt,
    DateTimeOffset? FailedAt,
    string? LastError,
    string? Payload);
