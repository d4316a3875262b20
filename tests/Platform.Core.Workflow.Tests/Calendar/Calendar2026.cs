using Microsoft.Extensions.DependencyInjection;
using Platform.Contracts.Workflow.Calendar;
using Platform.Core.Workflow.Tests.Support;

namespace Platform.Core.Workflow.Tests.Calendar;

/// <summary>
/// A sample of the 2026 Chinese calendar: New Year Jan 1–3 off (Jan 4, a Sunday, worked); Spring Festival Feb 15–23
/// off (Saturdays Feb 14 and Feb 28 worked). Office hours are the defaults, 09:00–12:00 and 13:30–17:30, Asia/Shanghai.
/// </summary>
internal static class Calendar2026
{
    public static readonly TimeSpan Beijing = TimeSpan.FromHours(8);

    public static WorkingCalendarYear Year { get; } = new(
        2026,
        [.. Dates(new DateOnly(2026, 1, 1), 3), .. Dates(new DateOnly(2026, 2, 15), 9)],
        [new DateOnly(2026, 1, 4), new DateOnly(2026, 2, 14), new DateOnly(2026, 2, 28)]);

    /// <summary>A moment in Beijing time.</summary>
    public static DateTimeOffset At(int month, int day, int hour, int minute = 0) => new(2026, month, day, hour, minute, 0, Beijing);

    /// <summary>Stores the sample year (as an administrator would).</summary>
    public static Task<WorkingCalendarYear> StoreAsync(WorkflowHarness harness) =>
        harness.AsAsync("carol", sp => sp.GetRequiredService<IWorkingCalendarSettings>().ReplaceYearAsync(Year, CancellationToken.None));

    private static IEnumerable<DateOnly> Dates(DateOnly first, int count) => Enumerable.Range(0, count).Select(first.AddDays);
}
