using Microsoft.Extensions.DependencyInjection;
using Platform.Contracts.Errors;
using Platform.Contracts.Workflow.Calendar;
using Platform.Core.Workflow.Tests.Support;
using static Platform.Core.Workflow.Tests.Calendar.Calendar2026;

namespace Platform.Core.Workflow.Tests.Calendar;

/// <summary>Replacing a year: validation with field paths, optimistic concurrency, and deadlines seeing the change at once.</summary>
public sealed class CalendarSettingsTests
{
    private WorkflowHarness _harness = null!;

    [SetUp]
    public async Task StartAsync() => _harness = await WorkflowHarness.StartAsync();

    [TearDown]
    public async Task StopAsync() => await _harness.DisposeAsync();

    [Test]
    public async Task An_unconfigured_year_reads_empty_at_revision_zero_and_the_first_save_makes_revision_one()
    {
        var before = await SettingsAsync(s => s.GetYearAsync(2026, CancellationToken.None));
        Assert.That((before.Holidays, before.MakeUpDays, before.Revision), Is.EqualTo((Array.Empty<DateOnly>(), Array.Empty<DateOnly>(), 0L)));

        var saved = await StoreAsync(_harness);
        var read = await SettingsAsync(s => s.GetYearAsync(2026, CancellationToken.None));

        Assert.That(saved.Revision, Is.EqualTo(1));
        Assert.That(read.Revision, Is.EqualTo(1));
        Assert.That(read.Holidays, Is.EqualTo(Year.Holidays));
        Assert.That(read.MakeUpDays, Is.EqualTo(Year.MakeUpDays));
    }

    [Test]
    public async Task Replacing_with_a_stale_revision_is_a_conflict_and_changes_nothing()
    {
        await StoreAsync(_harness);
        var second = await SettingsAsync(s => s.ReplaceYearAsync(Year with { Holidays = [new DateOnly(2026, 5, 1)], Revision = 1 }, CancellationToken.None));
        Assert.That(second.Revision, Is.EqualTo(2));

        var stale = Year with { Holidays = [new DateOnly(2026, 10, 1)], Revision = 1 };
        var ex = Assert.ThrowsAsync<PlatformException>(() => SettingsAsync(s => s.ReplaceYearAsync(stale, CancellationToken.None)));
        var fresh = Year with { Revision = 0 };
        var again = Assert.ThrowsAsync<PlatformException>(() => SettingsAsync(s => s.ReplaceYearAsync(fresh, CancellationToken.None)));

        Assert.That((ex!.Code, ex.Kind), Is.EqualTo((ErrorCodes.ConcurrencyConflict, ErrorKind.Conflict)));
        Assert.That(again!.Code, Is.EqualTo(ErrorCodes.ConcurrencyConflict), "revision 0 means create, and the year exists");
        var read = await SettingsAsync(s => s.GetYearAsync(2026, CancellationToken.None));
        Assert.That((read.Revision, read.Holidays.Single()), Is.EqualTo((2L, new DateOnly(2026, 5, 1))));
    }

    [Test]
    public async Task Every_problem_is_reported_with_its_field_path()
    {
        var year = new WorkingCalendarYear(
            2026,
            [new DateOnly(2026, 10, 1), new DateOnly(2025, 12, 31), new DateOnly(2026, 10, 1)],
            [new DateOnly(2026, 10, 1), new DateOnly(2026, 9, 29), new DateOnly(2027, 1, 2), new DateOnly(2026, 10, 10)]);

        var ex = Assert.ThrowsAsync<PlatformException>(() => SettingsAsync(s => s.ReplaceYearAsync(year, CancellationToken.None)));

        Assert.That((ex!.Code, ex.Kind), Is.EqualTo(("workflow.calendar.invalid", ErrorKind.Validation)));
        Assert.That(ex.Errors.Select(e => (e.Field, e.Code)), Is.EqualTo(new[]
        {
            ("holidays[1]", "workflow.calendar.outside_year"),
            ("holidays[2]", "workflow.calendar.duplicate_date"),
            ("makeUpDays[0]", "workflow.calendar.holiday_and_make_up_day"),
            ("makeUpDays[1]", "workflow.calendar.make_up_day_not_weekend"),
            ("makeUpDays[2]", "workflow.calendar.outside_year"),
        }));
        Assert.That((await SettingsAsync(s => s.GetYearAsync(2026, CancellationToken.None))).Revision, Is.Zero, "nothing stored");
    }

    [Test]
    public void A_year_out_of_range_is_refused()
    {
        var ex = Assert.ThrowsAsync<PlatformException>(() => SettingsAsync(s => s.GetYearAsync(1999, CancellationToken.None)));

        Assert.That(ex!.Errors.Single(), Has.Property("Field").EqualTo("year").And.Property("Code").EqualTo("workflow.calendar.year_out_of_range"));
    }

    [Test]
    public async Task Deadlines_see_a_replaced_year_at_once()
    {
        var mayDay = new DateOnly(2026, 5, 1);
        Assert.That(await WorkingAsync(mayDay), Is.True, "a Friday, before May Day is configured");

        await SettingsAsync(s => s.ReplaceYearAsync(new WorkingCalendarYear(2026, [mayDay], []), CancellationToken.None));
        Assert.That(await WorkingAsync(mayDay), Is.False);

        await SettingsAsync(s => s.ReplaceYearAsync(new WorkingCalendarYear(2026, [], []) { Revision = 1 }, CancellationToken.None));
        Assert.That(await WorkingAsync(mayDay), Is.True);
    }

    private Task<bool> WorkingAsync(DateOnly date) =>
        _harness.AsAsync("alice", sp => Task.FromResult(sp.GetRequiredService<IWorkingCalendar>().IsWorkingDay(date)));

    private Task<T> SettingsAsync<T>(Func<IWorkingCalendarSettings, Task<T>> work) =>
        _harness.AsAsync("carol", sp => work(sp.GetRequiredService<IWorkingCalendarSettings>()));
}
