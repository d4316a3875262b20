using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Platform.Contracts.Errors;
using Platform.Contracts.Forms.Records;
using Platform.Contracts.Paging;
using Platform.Core.Forms.Persistence;
using Platform.Core.Forms.Records;
using Platform.Core.Forms.Tests.Support;
using Platform.Core.Forms.Versions;

namespace Platform.Core.Forms.Tests.Records;

/// <summary>Listing records by their queryable fields: filters, sorting, paging; other fields are refused.</summary>
public sealed class QueryTests
{
    private static readonly string[] Categories = ["travel", "meals", "office"];
    private FormsHarness _harness = null!;

    [OneTimeSetUp]
    public async Task StartAsync()
    {
        _harness = await FormsHarness.StartAsync();
        await _harness.PublishAsync(ExpenseForms.Version1);

        // 30 records: amount i, category cycling, spent on 2026-01-(i) — then version 2, with two more records.
        for (var i = 1; i <= 30; i++)
        {
            var data = Json.Object($$"""{ "title": "Claim {{i:00}}", "amount": "{{i}}.00", "category": "{{Categories[i % 3]}}", "spentOn": "2026-01-{{i:00}}" }""");
            await _harness.RecordsAsync(r => r.CreateAsync(ExpenseForms.Key, data, null, CancellationToken.None));
            _harness.Clock.Advance(TimeSpan.FromSeconds(1));
        }

        await _harness.PublishAsync(ExpenseForms.Version2);
        foreach (var i in new[] { 31, 32 })
        {
            var data = Json.Object($$"""{ "title": "Claim {{i}}", "amount": "{{i}}.00", "category": "travel", "reason": "r" }""");
            await _harness.RecordsAsync(r => r.CreateAsync(ExpenseForms.Key, data, null, CancellationToken.None));
        }
    }

    [OneTimeTearDown]
    public async Task StopAsync() => await _harness.DisposeAsync();

    [Test]
    public async Task Filters_on_one_field_sorts_on_another_and_pages_across_versions()
    {
        var query = new RecordQuery(ExpenseForms.Key, [new RecordFilter("category", "eq", "travel")], [new RecordSort("amount", Descending: true)], new PageRequest(1, 3));

        var page = await Query(query);

        // travel: i % 3 == 0 → 3, 6, …, 30, plus 31 and 32 of version 2; largest first, skipping the first (32).
        Assert.That(page.Items.Select(r => r.Data["title"]!.GetValue<string>()), Is.EqualTo(new[] { "Claim 31", "Claim 30", "Claim 27" }));
        Assert.That(page.Items.Select(r => r.FormVersion), Is.EqualTo(new[] { 2, 1, 1 }));
        Assert.That(page.Items[0].Data["reason"]!.GetValue<string>(), Is.EqualTo("r"), "whole documents come back for the page");
    }

    [Test]
    public async Task Numbers_and_dates_compare_as_numbers_and_dates_not_as_text()
    {
        var query = new RecordQuery(ExpenseForms.Key,
            [new RecordFilter("amount", "ge", "9"), new RecordFilter("spentOn", "lt", "2026-01-12")],
            [new RecordSort("spentOn")],
            PageRequest.First);

        var page = await Query(query);

        Assert.That(page.Items.Select(r => r.Data["amount"]!.ToString()), Is.EqualTo(new[] { "9.00", "10.00", "11.00" }));
    }

    [Test]
    public async Task Text_contains_and_the_default_order_is_creation()
    {
        var page = await Query(new RecordQuery(ExpenseForms.Key, [new RecordFilter("title", "contains", "Claim 2")], [], PageRequest.First));

        Assert.That(page.Items.Select(r => r.Data["title"]!.GetValue<string>()), Is.EqualTo(Enumerable.Range(20, 10).Select(i => $"Claim {i}")));
    }

    [Test]
    public async Task A_page_past_the_end_is_empty()
    {
        var page = await Query(new RecordQuery(ExpenseForms.Key, [], [], new PageRequest(100, 10)));

        Assert.That(page.Items, Is.Empty);
        Assert.That(page.HasMore, Is.False);
    }

    [Test]
    public void Fields_that_are_not_queryable_unknown_operators_and_bad_values_are_each_reported()
    {
        var query = new RecordQuery(ExpenseForms.Key,
            [new RecordFilter("note", "eq", "x"), new RecordFilter("amount", "contains", "1"), new RecordFilter("spentOn", "lt", JsonValue.Create("soon"))],
            [new RecordSort("total")],
            PageRequest.First);

        var error = Assert.ThrowsAsync<PlatformException>(() => Query(query));

        Assert.That(error!.Code, Is.EqualTo(ErrorCodes.ValidationFailed));
        Assert.That(error.Errors.Select(e => (e.Field, e.Code)), Is.EqualTo(new[]
        {
            ("filters[0].field", "not_queryable"),
            ("filters[1].operator", "unknown_operator"),
            ("filters[2].value", "invalid_value"),
            ("sort[0].field", "not_queryable"),
        }));
        Assert.That(error.Errors[0].Message, Does.Contain("note"));
    }

    [Test]
    public void A_query_of_a_missing_form_is_not_found()
    {
        var error = Assert.ThrowsAsync<PlatformException>(() => Query(new RecordQuery("nothing", [], [], PageRequest.First)));

        Assert.That(error!.Kind, Is.EqualTo(ErrorKind.NotFound));
    }

    [TestCase("category", "eq", "travel", "amount", true)]
    [TestCase("amount", "ge", "10", "spentOn", true)]
    [TestCase("title", "contains", "1", "category", false)]
    [TestCase("spentOn", "lt", "2026-01-20", "title", true)]
    [TestCase("category", "ne", "meals", "", false)]
    public async Task Whichever_index_leads_the_records_and_their_order_are_the_same(string field, string op, string value, string sort, bool descending)
    {
        // The store lets the filter's index lead here (few matches); Apply lets the order's index lead, as with many.
        var query = new RecordQuery(ExpenseForms.Key, [new RecordFilter(field, op, value)], sort.Length == 0 ? [] : [new RecordSort(sort, descending)], new PageRequest(2, 7));
        var viaStore = (await Query(query)).Items.Select(r => r.Id).ToList();

        await using var scope = _harness.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<FormsDbContext>();
        var latest = await scope.ServiceProvider.GetRequiredService<FormDefinitionStore>().FindVersionAsync(ExpenseForms.Key, null, CancellationToken.None);
        var orderLeads = await RecordQueryPlan.Apply(db.Records.AsNoTracking(), latest!, query).Select(r => r.Id).Skip(2).Take(7).ToListAsync();

        Assert.That(viaStore, Is.Not.Empty);
        Assert.That(orderLeads, Is.EqualTo(viaStore));
    }

    private Task<Page<FormRecord>> Query(RecordQuery query) => _harness.RecordsAsync(r => r.QueryAsync(query, CancellationToken.None));
}
