using Platform.Contracts.Errors;
using Platform.Contracts.Forms.Records;
using Platform.Core.Forms.Tests.Support;

namespace Platform.Core.Forms.Tests.Records;

/// <summary>Optimistic concurrency: of updates based on the same revision exactly one wins; the others get a conflict.</summary>
public sealed class ConcurrencyTests
{
    private FormsHarness _harness = null!;
    private FormRecord _record = null!;

    [SetUp]
    public async Task StartAsync()
    {
        _harness = await FormsHarness.StartAsync();
        await _harness.PublishAsync(ExpenseForms.Version1);
        _record = await _harness.RecordsAsync(r => r.CreateAsync(ExpenseForms.Key, Json.Object("""{ "title": "Start" }"""), null, CancellationToken.None));
    }

    [TearDown]
    public async Task StopAsync() => await _harness.DisposeAsync();

    [Test]
    public async Task Parallel_updates_of_the_same_revision_one_wins_the_others_conflict()
    {
        const int Writers = 8;
        var outcomes = await Task.WhenAll(Enumerable.Range(0, Writers).Select(i => Task.Run(async () =>
        {
            try
            {
                return (object)await _harness.RecordsAsync(r => r.UpdateAsync(_record.Id, _record.Revision, Json.Object($$"""{ "title": "Writer {{i}}" }"""), null, CancellationToken.None));
            }
            catch (PlatformException ex)
            {
                return ex;
            }
        })));

        var winners = outcomes.OfType<FormRecord>().ToList();
        var losers = outcomes.OfType<PlatformException>().ToList();
        Assert.That(winners, Has.Count.EqualTo(1));
        Assert.That(losers, Has.Count.EqualTo(Writers - 1));
        Assert.That(losers.Select(e => (e.Code, e.Kind)), Is.All.EqualTo((ErrorCodes.ConcurrencyConflict, ErrorKind.Conflict)));

        var stored = await _harness.RecordsAsync(r => r.FindAsync(_record.Id, null, CancellationToken.None));
        Assert.That((stored!.Revision, stored.Data["title"]!.GetValue<string>()), Is.EqualTo((2L, winners[0].Data["title"]!.GetValue<string>())));
        var history = await _harness.RecordsAsync(r => r.HistoryAsync(_record.Id, CancellationToken.None));
        Assert.That(history.Select(h => h.Revision), Is.EqualTo(new[] { 1L, 2L }));
    }

    [Test]
    public async Task An_update_based_on_an_old_revision_conflicts_and_changes_nothing()
    {
        await _harness.RecordsAsync(r => r.UpdateAsync(_record.Id, 1, Json.Object("""{ "title": "Second" }"""), null, CancellationToken.None));

        var error = Assert.ThrowsAsync<PlatformException>(() => _harness.RecordsAsync(r => r.UpdateAsync(_record.Id, 1, Json.Object("""{ "title": "Stale" }"""), null, CancellationToken.None)));

        Assert.That(error!.Code, Is.EqualTo(ErrorCodes.ConcurrencyConflict));
        var stored = await _harness.RecordsAsync(r => r.FindAsync(_record.Id, null, CancellationToken.None));
        Assert.That((stored!.Revision, stored.Data["title"]!.GetValue<string>()), Is.EqualTo((2L, "Second")));
    }
}
