using Microsoft.Extensions.DependencyInjection;
using Platform.Contracts.Workflow.Calendar;
using Platform.Contracts.Workflow.Definitions;
using Platform.Core.Workflow.Tests.Support;
using static Platform.Core.Workflow.Tests.Calendar.Calendar2026;

namespace Platform.Core.Workflow.Tests.Calendar;

/// <summary>Deadlines on the working calendar, with the 2026 sample stored in the database.</summary>
public sealed class WorkingCalendarTests
{
    private WorkflowHarness _harness = null!;

    [OneTimeSetUp]
    public async Task StartAsync()
    {
        _harness = await WorkflowHarness.StartAsync();
        await StoreAsync(_harness);
    }

    [OneTimeTearDown]
    public async Task StopAsync() => await _harness.DisposeAsync();

    [TestCase(2026, 3, 6, false, TestName = "An ordinary weekday works")]
    [TestCase(2026, 3, 7, true, TestName = "An ordinary Saturday is off")]
    [TestCase(2026, 2, 14, false, TestName = "A make-up Saturday works")]
    [TestCase(2026, 1, 4, false, TestName = "A make-up Sunday works")]
    [TestCase(2026, 2, 18, true, TestName = "A weekday in the holiday block is off")]
    [TestCase(2026, 1, 1, true, TestName = "New Year's Day is off")]
    public async Task Days_off_follow_weekends_holidays_and_make_up_days(int year, int month, int day, bool off)
    {
        var working = await CalendarAsync(c => c.IsWorkingDay(new DateOnly(year, month, day)));

        Assert.That(working, Is.EqualTo(!off));
    }

    [Test]
    public async Task Working_days_skip_a_weekend()
    {
        // Friday 16:00 + 1 working day = Monday 16:00.
        Assert.That(await AddAsync(At(3, 6, 16), 1, DurationUnit.WorkingDays), Is.EqualTo(At(3, 9, 16)));
        Assert.That(await AddAsync(At(3, 6, 16), 5, DurationUnit.WorkingDays), Is.EqualTo(At(3, 13, 16)));
    }

    [Test]
    public async Task Working_days_skip_the_holiday_block_and_count_make_up_days()
    {
        // Friday Feb 13 → make-up Saturday Feb 14 → (Feb 15–23 off) → Tuesday Feb 24.
        Assert.That(await AddAsync(At(2, 13, 10), 1, DurationUnit.WorkingDays), Is.EqualTo(At(2, 14, 10)));
        Assert.That(await AddAsync(At(2, 13, 10), 2, DurationUnit.WorkingDays), Is.EqualTo(At(2, 24, 10)));
    }

    [Test]
    public async Task Working_hours_on_a_make_up_saturday_count()
    {
        Assert.That(await AddAsync(At(2, 28, 10), 2, DurationUnit.WorkingHours), Is.EqualTo(At(2, 28, 12)));
    }

    [Test]
    public async Task Working_hours_skip_lunch()
    {
        // 11:00–12:00, then 13:30–14:30.
        Assert.That(await AddAsync(At(3, 2, 11), 2, DurationUnit.WorkingHours), Is.EqualTo(At(3, 2, 14, 30)));
    }

    [Test]
    public async Task Working_hours_carry_over_night_and_weekend()
    {
        // Monday 17:00–17:30, then Tuesday 09:00–10:30.
        Assert.That(await AddAsync(At(3, 2, 17), 2, DurationUnit.WorkingHours), Is.EqualTo(At(3, 3, 10, 30)));

        // Friday 16:00–17:30 (1.5 h), then Monday 09:00–11:30.
        Assert.That(await AddAsync(At(3, 6, 16), 4, DurationUnit.WorkingHours), Is.EqualTo(At(3, 9, 11, 30)));
    }

    [Test]
    public async Task A_start_outside_office_hours_counts_from_the_next_office_period()
    {
        // Working hours: 07:00 counts from 09:00; a lunch-time start from 13:30.
        Assert.That(await AddAsync(At(3, 2, 7), 1, DurationUnit.WorkingHours), Is.EqualTo(At(3, 2, 10)));
        Assert.That(await AddAsync(At(3, 2, 12, 30), 1, DurationUnit.WorkingHours), Is.EqualTo(At(3, 2, 14, 30)));

        // Working days: after closing, the next working day's opening is the start.
        Assert.That(await AddAsync(At(3, 6, 19), 1, DurationUnit.WorkingDays), Is.EqualTo(At(3, 10, 9)));
        Assert.That(await AddAsync(At(3, 2, 7), 1, DurationUnit.WorkingDays), Is.EqualTo(At(3, 3, 9)));
    }

    [Test]
    public async Task A_start_on_a_holiday_counts_from_the_first_working_day_after_it()
    {
        Assert.That(await AddAsync(At(2, 18, 15), 1, DurationUnit.WorkingHours), Is.EqualTo(At(2, 24, 10)));
        Assert.That(await AddAsync(At(2, 18, 15), 1, DurationUnit.WorkingDays), Is.EqualTo(At(2, 25, 9)));
    }

    [Test]
    public async Task Clock_units_ignore_the_calendar()
    {
        Assert.That(await AddAsync(At(2, 13, 10), 2, DurationUnit.Days), Is.EqualTo(At(2, 15, 10)));
        Assert.That(await AddAsync(At(2, 13, 23), 3, DurationUnit.Hours), Is.EqualTo(At(2, 14, 2)));
        Assert.That(await AddAsync(At(2, 13, 23), 90, DurationUnit.Minutes), Is.EqualTo(At(2, 14, 0, 30)));
    }

    [Test]
    public async Task Moments_in_another_offset_are_computed_in_the_calendar_time_zone_and_keep_their_offset()
    {
        // 08:00 UTC on Friday is 16:00 in Beijing.
        var result = await AddAsync(new DateTimeOffset(2026, 3, 6, 8, 0, 0, TimeSpan.Zero), 4, DurationUnit.WorkingHours);

        Assert.That(result, Is.EqualTo(At(3, 9, 11, 30)));
        Assert.That(result.Offset, Is.EqualTo(TimeSpan.Zero));
    }

    [Test]
    public async Task Working_time_between_two_moments_counts_only_office_time()
    {
        // Feb 13 16:00–17:30 (1.5 h) + make-up Feb 14 (7 h) + Feb 24 09:00–10:00 (1 h).
        Assert.That(await CalendarAsync(c => c.WorkingTimeBetween(At(2, 13, 16), At(2, 24, 10))), Is.EqualTo(TimeSpan.FromHours(9.5)));
        Assert.That(await CalendarAsync(c => c.WorkingTimeBetween(At(3, 2, 11), At(3, 2, 14, 30))), Is.EqualTo(TimeSpan.FromHours(2)));
        Assert.That(await CalendarAsync(c => c.WorkingTimeBetween(At(3, 2, 12), At(3, 2, 10))), Is.EqualTo(TimeSpan.Zero));
    }

    [Test]
    public async Task An_unconfigured_year_has_only_weekends_off()
    {
        // 1 January 2027 is a Friday: a working day, since nobody configured 2027's holidays.
        var newYear2027 = new DateTimeOffset(2027, 1, 1, 10, 0, 0, Beijing);

        Assert.That(await CalendarAsync(c => c.IsWorkingDay(new DateOnly(2027, 1, 1))), Is.True);
        Assert.That(await CalendarAsync(c => c.IsWorkingDay(new DateOnly(2027, 1, 2))), Is.False);
        Assert.That(await AddAsync(newYear2027, 1, DurationUnit.WorkingDays), Is.EqualTo(new DateTimeOffset(2027, 1, 4, 10, 0, 0, Beijing)));
    }

    private Task<T> CalendarAsync<T>(Func<IWorkingCalendar, T> ask) =>
        _harness.AsAsync("alice", sp => Task.FromResult(ask(sp.GetRequiredService<IWorkingCalendar>())));

    private Task<DateTimeOffset> AddAsync(DateTimeOffset start, int amount, DurationUnit unit) =>
        CalendarAsync(c => c.Add(start, new Duration(amount, unit)));
}
