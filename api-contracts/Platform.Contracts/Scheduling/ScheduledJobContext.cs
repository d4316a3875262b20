using System.Text.Json;

namespace Platform.Contracts.Scheduling;

/// <summary>The job a handler is asked to run.</summary>
/// <param name="Id">The job's id, as <see cref="IScheduler.ScheduleAsync"/> returned it.</param>
/// <param name="Kind">The job's kind.</param>
/// <param name="Key">The job's key, if it has one.</param>
/// <param name="DueAt">When the job was due.</param>
/// <param name="Attempt">Which attempt this is: 1 the first time, more after the handler failed.</param>
/// <param name="Payload">The JSON text the job was scheduled with, if any.</param>
public sealed record ScheduledJobContext(string Id, string Kind, string? Key, DateTimeOffset DueAt, int Attempt, string? Payload)
{
    /// <summary>The member id jobs run as: <see cref="Identity.ICurrentUser.UserId"/> in a job's scope.</summary>
    public const string SystemUserId = "system";

    /// <summary>Reads <see cref="Payload"/> as <typeparamref name="T"/> (web defaults: camelCase, case-insensitive).</summary>
    /// <typeparam name="T">What the payload holds.</typeparam>
    /// <returns>The payload, or <see langword="default"/> when the job has none.</returns>
    public T? ReadPayload<T>() =>
        Payload is null ? default : JsonSerializer.Deserialize<T>(Payload, JsonSerializerOptions.Web);
}
