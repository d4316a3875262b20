using Platform.Contracts.Errors;
using Platform.Core.Forms.Tests.Support;

namespace Platform.Core.Forms.Tests.Records;

/// <summary>Records follow the version they were created with, for life, while newer versions are published.</summary>
public sealed class VersionPinningTests
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
    public async Task A_record_created_on_version_1_stays_on_it_and_is_validated_against_it_after_version_2_is_published()
    {
        var old = await _harness.RecordsAsync(r => r.CreateAsync(ExpenseForms.Key, Json.Object("""{ "title": "Taxi", "note": "airport" }"""), null, CancellationToken.None));
        await _harness.PublishAsync(ExpenseForms.Version2);

        // Version 1 has a note and no reason: the old record keeps its note and needs no reason.
        var updated = await _harness.RecordsAsync(r => r.UpdateAsync(old.Id, old.Revision, Json.Object("""{ "title": "Taxi home", "note": "late" }"""), null, CancellationToken.None));
        Assert.That((updated.FormVersion, updated.Data["note"]!.GetValue<string>()), Is.EqualTo((1, "late")));

        // A record of version 2 cannot have a note and must give a reason.
        var error = Assert.ThrowsAsync<PlatformException>(() => _harness.RecordsAsync(r => r.CreateAsync(ExpenseForms.Key, Json.Object("""{ "title": "Hotel", "note": "x" }"""), null, CancellationToken.None)));
        Assert.That(error!.Errors.Select(e => e.Field), Is.EquivalentTo(new[] { "note", "reason" }));

        var fresh = await _harness.RecordsAsync(r => r.CreateAsync(ExpenseForms.Key, Json.Object("""{ "title": "Hotel", "reason": "conference" }"""), null, CancellationToken.None));
        Assert.That(fresh.FormVersion, Is.EqualTo(2));
        var reread = await _harness.RecordsAsync(r => r.FindAsync(old.Id, null, CancellationToken.None));
        Assert.That((reread!.FormVersion, reread.Revision), Is.EqualTo((1, 2L)));
    }

    [Test]
    public async Task Writes_compute_the_computed_fields()
    {
        await _harness.PublishAsync(ExpenseForms.WithTotal);
        var record = await _harness.RecordsAsync(r => r.CreateAsync(ExpenseForms.WithTotal.Key, Json.Object("""
            { "title": "Trip", "items": [ { "what": "train", "cost": "12.50" }, { "what": "bus", "cost": 3 } ] }
            """), null, CancellationToken.None));

        Assert.That(record.Data["total"]!.ToString(), Is.EqualTo("15.50"));
    }

    [Test]
    public async Task Invalid_data_is_rejected_with_every_field_path_and_nothing_is_stored()
    {
        var error = Assert.ThrowsAsync<PlatformException>(() => _harness.RecordsAsync(r => r.CreateAsync(ExpenseForms.Key, Json.Object("""
            { "amount": -1, "items": [ { "cost": "1.00" } ], "bogus": 1 }
            """), null, CancellationToken.None)));

        Assert.That(error!.Code, Is.EqualTo(ErrorCodes.ValidationFailed));
        Assert.That(error.Errors.Select(e => e.Field), Is.SupersetOf(new[] { "title", "amount", "items[0].what", "bogus" }));
        var page = await _harness.RecordsAsync(r => r.QueryAsync(new(ExpenseForms.Key, [], [], Contracts.Paging.PageRequest.First), CancellationToken.None));
        Assert.That(page.Items, Is.Empty);
    }

    [Test]
    public async Task Records_of_a_missing_form_or_id_are_not_found()
    {
        var error = Assert.ThrowsAsync<PlatformException>(() => _harness.RecordsAsync(r => r.CreateAsync("nothing", Json.Object("{}"), null, CancellationToken.None)));
        Assert.That(error!.Kind, Is.EqualTo(ErrorKind.NotFound));
        Assert.That(await _harness.RecordsAsync(r => r.FindAsync("missing", null, CancellationToken.None)), Is.Null);
        var update = Assert.ThrowsAsync<PlatformException>(() => _harness.RecordsAsync(r => r.UpdateAsync("missing", 1, Json.Object("{}"), null, CancellationToken.None)));
        Assert.That(update!.Kind, Is.EqualTo(ErrorKind.NotFound));
    }
}
