using System.Globalization;
using Microsoft.Extensions.Configuration;

namespace Platform.Core.Scheduling;

/// <summary>Settings from <c>Modules:scheduler</c>; see docs/scheduler.md.</summary>
internal sealed record SchedulerOptions
{
    /// <summary>How often the poller looks for due jobs (<c>PollInterval</c>, a TimeSpan such as <c>00:00:01</c>).</summary>
    public TimeSpan PollInterval { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>How many due jobs one poll runs at most (<c>BatchSize</c>); the next poll takes the rest.</summary>
    public int BatchSize { get; init; } = 100;

    /// <summary>Attempts before a job is marked failed (<c>MaxAttempts</c>).</summary>
    public int MaxAttempts { get; init; } = 5;

    /// <summary>The wait after a failed attempt, times the attempts so far (<c>RetryBackoff</c>).</summary>
    public TimeSpan RetryBackoff { get; init; } = TimeSpan.FromMinutes(1);

    public static SchedulerOptions From(IConfiguration section)
    {
        var defaults = new SchedulerOptions();
        var options = new SchedulerOptions
        {
            PollInterval = Span(section, nameof(PollInterval)) ?? defaults.PollInterval,
            BatchSize = Count(section, nameof(BatchSize)) ?? defaults.BatchSize,
            MaxAttempts = Count(section, nameof(MaxAttempts)) ?? defaults.MaxAttempts,
            RetryBackoff = Span(section, nameof(RetryBackoff)) ?? defaults.RetryBackoff,
        };
        if (options.PollInterval <= TimeSpan.Zero || options.RetryBackoff < TimeSpan.Zero)
        {
            throw new InvalidOperationException("Modules:scheduler:PollInterval must be positive and RetryBackoff not negative.");
        }

        return options;
    }

    private static TimeSpan? Span(IConfiguration section, string name) =>
        section[name] is { Length: > 0 } text
            ? TimeSpan.TryParse(text, CultureInfo.InvariantCulture, out var value) ? value : throw new InvalidOperationException($"Modules:scheduler:{name} is not a time span (hh:mm:ss): '{text}'.")
            : null;

    private static int? Count(IConfiguration section, string name) =>
        section[name] is { Length: > 0 } text
            ? int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value > 0 ? value : throw new InvalidOperationException($"Modules:scheduler:{name} must be a positive whole number: '{text}'.")
            : null;
}
