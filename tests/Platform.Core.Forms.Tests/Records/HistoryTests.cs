using Platform.Core.Forms.Tests.Support;

namespace Platform.Core.Forms.Tests.Records;

/// <summary>History: one entry per revision with who, when and each changed field's before and after.</summary>
public sealed class HistoryTests
{
    private FormsHarness _harness = null!;

    [SetUp]
    public async Task StartAsync()
    {
        _harness = await FormsHarness.StartAsync();
        await _harness.PublishAsync(ExpenseForms.Version1);
    }

    [TearDown]
    public async Task StopAsync() => await _harness.DisposeAsync();

    [Test]
    public async Task Each_change_is_recorded_with_who_when_and_the_changed_fields()
    {
        _harness.User.UserId = "alice";
        var created = await _harness.RecordsAsync(r => r.CreateAsync(ExpenseForms.Key, Json.Object("""{ "title": "Taxi", "amount": "10.00" }"""), null, CancellationToken.None));
        _harness.Clock.Advance(TimeSpan.FromMinutes(5));
        _harness.User.UserId = "bob";
        var updated = await _harness.RecordsAsync(r => r.UpdateAsync(created.Id, 1, Json.Object("""{ "title": "Taxi", "amount": "12.00", "category": "travel" }"""), null, CancellationToken.None));

        var history = await _harness.RecordsAsync(r => r.HistoryAsync(created.Id, CancellationToken.None));

        Assert.That(history.Select(h => (h.Revision, h.By)), Is.EqualTo(new[] { (1L, (string?)"alice"), (2L, "bob") }));
        Assert.That(history[0].Changes["title"]!["from"], Is.Null);
        Assert.That(history[0].Changes["title"]!["to"]!.GetValue<string>(), Is.EqualTo("Taxi"));
        Assert.That(history[0].Changes["amount"]!["to"]!.ToString(), Is.EqualTo("10.00"), "the first values, before bob's change");
        Assert.That(history[0].Changes.ContainsKey("category"), Is.False, "category was only added by bob");
        Assert.That(history[1].Changes.Select(c => c.Key), Is.EquivalentTo(new[] { "amount", "category" }));
        Assert.That(history[1].Changes["amount"]!["from"]!.ToString(), Is.EqualTo("10.00"));
        Assert.That(history[1].Changes["amount"]!["to"]!.ToString(), Is.EqualTo("12.00"));
        Assert.That(history[1].At - history[0].At, Is.EqualTo(TimeSpan.FromMinutes(5)));
        Assert.That((updated.CreatedAt, updated.UpdatedAt), Is.EqualTo((history[0].At, history[1].At)));
    }

    [Test]
    public async Task An_update_that_changes_nothing_keeps_the_revision_and_adds_no_entry()
    {
        var created = await _harness.RecordsAsync(r => r.CreateAsync(ExpenseForms.Key, Json.Object("""{ "title": "Taxi" }"""), null, CancellationToken.None));

        var same = await _harness.RecordsAsync(r => r.UpdateAsync(created.Id, 1, Json.Object("""{ "title": "Taxi" }"""), null, CancellationToken.None));

        Assert.That(same.Revision, Is.EqualTo(1));
        Assert.That(await _harness.RecordsAsync(r => r.HistoryAsync(created.Id, CancellationToken.None)), Has.Count.EqualTo(1));
    }
}
