using Microsoft.Extensions.DependencyInjection;
using Platform.Contracts.Errors;
using Platform.Contracts.Forms.Definitions;
using Platform.Core.Forms.Tests.Support;
using Platform.Core.Forms.Versions;

namespace Platform.Core.Forms.Tests.Records;

/// <summary>Publishing: every publish is a new immutable version; broken definitions publish nothing.</summary>
public sealed class PublishingTests
{
    private FormsHarness _harness = null!;

    [SetUp]
    public async Task StartAsync() => _harness = await FormsHarness.StartAsync();

    [TearDown]
    public async Task StopAsync() => await _harness.DisposeAsync();

    [Test]
    public async Task Each_publish_is_the_next_version_and_earlier_versions_stay_as_they_were()
    {
        var first = await _harness.PublishAsync(ExpenseForms.Version1);
        _harness.Clock.Advance(TimeSpan.FromHours(1));
        var second = await _harness.PublishAsync(ExpenseForms.Version2);

        Assert.That((first.Version, second.Version), Is.EqualTo((1, 2)));
        var latest = await _harness.DefinitionsAsync(d => d.FindAsync(ExpenseForms.Key, null, CancellationToken.None));
        var one = await _harness.DefinitionsAsync(d => d.FindAsync(ExpenseForms.Key, 1, CancellationToken.None));
        Assert.That(latest!.Version, Is.EqualTo(2));
        Assert.That(one!.Definition.Fields.Select(f => f.Key), Does.Contain("note").And.Not.Contain("reason"));
        Assert.That(one.PublishedAt, Is.EqualTo(first.PublishedAt));
        Assert.That(await _harness.DefinitionsAsync(d => d.FindAsync(ExpenseForms.Key, 3, CancellationToken.None)), Is.Null);
        Assert.That(await _harness.DefinitionsAsync(d => d.FindAsync("nothing", null, CancellationToken.None)), Is.Null);
    }

    [Test]
    public async Task A_published_definition_reads_back_equal_to_what_was_published()
    {
        await _harness.PublishAsync(ExpenseForms.Version1);

        // As a fresh process reads it: from the table, nothing cached.
        await using var scope = _harness.Services.CreateAsyncScope();
        var store = ActivatorUtilities.CreateInstance<FormDefinitionStore>(scope.ServiceProvider, new VersionCache());
        var stored = await store.FindAsync(ExpenseForms.Key, 1, CancellationToken.None);

        Assert.That(stored!.Definition.Fields.Select(f => (f.Key, f.Type, f.Queryable)), Is.EqualTo(ExpenseForms.Version1.Fields.Select(f => (f.Key, f.Type, f.Queryable))));
        Assert.That(stored.Definition.Fields.Single(f => f.Key == "items").Columns!.Select(c => c.Key), Is.EqualTo(new[] { "what", "cost" }));
    }

    [Test]
    public async Task The_list_holds_the_latest_version_of_each_form()
    {
        await _harness.PublishAsync(ExpenseForms.Version1);
        await _harness.PublishAsync(ExpenseForms.Version2);
        await _harness.PublishAsync(ExpenseForms.Version1 with { Key = "leave", Name = "Leave" });

        var list = await _harness.DefinitionsAsync(d => d.ListAsync(CancellationToken.None));

        Assert.That(list.Select(f => (f.Key, f.Version)), Is.EqualTo(new[] { ("expense", 2), ("leave", 1) }));
    }

    [Test]
    public async Task A_broken_definition_is_rejected_with_its_problems_and_publishes_nothing()
    {
        var broken = ExpenseForms.Version1 with
        {
            Fields = [.. ExpenseForms.Version1.Fields, new FieldDefinition { Key = "title", Label = "Again", Type = FieldType.Text }],
        };

        var error = Assert.ThrowsAsync<PlatformException>(() => _harness.PublishAsync(broken));

        Assert.That(error!.Code, Is.EqualTo(ErrorCodes.ValidationFailed));
        Assert.That(error.Errors, Is.Not.Empty);
        Assert.That(await _harness.DefinitionsAsync(d => d.FindAsync(ExpenseForms.Key, null, CancellationToken.None)), Is.Null);
    }

    [Test]
    public async Task Publishing_many_versions_at_once_numbers_each_one_once()
    {
        var published = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => Task.Run(() => _harness.PublishAsync(ExpenseForms.Version1))));

        Assert.That(published.Select(p => p.Version).Order(), Is.EqualTo(Enumerable.Range(1, 6)));
    }

    [Test]
    public async Task A_form_has_at_most_eight_queryable_fields_over_its_life_and_a_field_keeps_its_slot()
    {
        FieldDefinition Queryable(string key) => new() { Key = key, Label = key, Type = FieldType.Number, Queryable = true };
        await _harness.PublishAsync(new FormDefinition { Key = "wide", Name = "Wide", Fields = [.. Enumerable.Range(1, 8).Select(i => Queryable($"f{i}"))] });

        // f1 stays queryable; a new queryable field finds no free slot even though f2..f8 were dropped: old records still fill them.
        var error = Assert.ThrowsAsync<PlatformException>(() => _harness.PublishAsync(new FormDefinition { Key = "wide", Name = "Wide", Fields = [Queryable("f1"), Queryable("g")] }));

        Assert.That(error!.Errors.Select(e => (e.Field, e.Code)), Is.EqualTo(new[] { ("fields[1].queryable", "too_many_queryable") }));
        var republished = await _harness.PublishAsync(new FormDefinition { Key = "wide", Name = "Wide", Fields = [Queryable("f8"), Queryable("f1")] });
        Assert.That(republished.Version, Is.EqualTo(2));
    }

    [Test]
    public async Task The_json_schema_of_a_version_describes_its_fields()
    {
        await _harness.PublishAsync(ExpenseForms.Version1);

        var schema = await _harness.DefinitionsAsync(d => d.JsonSchemaAsync(ExpenseForms.Key, 1, CancellationToken.None));

        Assert.That(schema, Does.Contain("\"title\"").And.Contain("\"items\""));
        Assert.ThrowsAsync<PlatformException>(() => _harness.DefinitionsAsync(d => d.JsonSchemaAsync("nothing", null, CancellationToken.None)));
    }
}
