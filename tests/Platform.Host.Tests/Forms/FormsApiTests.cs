using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Platform.Host.Tests.Auth;
using Platform.Host.Tests.Support;

namespace Platform.Host.Tests.Forms;

/// <summary>Forms through HTTP on the real host: administrators publish, members write records, conflicts and invalid data come back as problems.</summary>
public sealed class FormsApiTests
{
    private const string Definition = """
        {
          "key": "trip",
          "name": "Business trip",
          "fields": [
            { "key": "destination", "label": "Destination", "type": "text", "required": true, "queryable": true },
            { "key": "days", "label": "Days", "type": "number", "min": "1", "max": "30", "queryable": true },
            { "key": "mode", "label": "Mode", "type": "singleSelect", "options": [ { "value": "train", "label": "Train" }, { "value": "plane", "label": "Plane" } ] },
            { "key": "legs", "label": "Legs", "type": "subTable", "columns": [ { "key": "from", "label": "From", "type": "text", "required": true } ] }
          ]
        }
        """;

    private PluginsFolder _folder = null!;
    private RunningHost _host = null!;
    private HttpClient _member = null!;

    [OneTimeSetUp]
    public async Task StartAsync()
    {
        _folder = new PluginsFolder();
        _host = await RunningHost.StartAsync(_folder);
        await Members.AddAsync(_host, "traveller", "traveller-password-1");
        _member = _host.ClientWithToken(await _host.TokenForAsync("traveller", "traveller-password-1"));
        using var published = await _host.Client.PostAsync("/api/forms/definitions", new StringContent(Definition, Encoding.UTF8, "application/json"));
        Assert.That(published.StatusCode, Is.EqualTo(HttpStatusCode.Created), await published.Content.ReadAsStringAsync());
    }

    [OneTimeTearDown]
    public async Task StopAsync()
    {
        _member.Dispose();
        await _host.DisposeAsync();
        _folder.Dispose();
    }

    [Test]
    public async Task An_administrator_publishes_versions_that_members_read_with_their_json_schema()
    {
        using var again = await _host.Client.PostAsync("/api/forms/definitions", new StringContent(Definition.Replace("Business trip", "Trip"), Encoding.UTF8, "application/json"));
        var second = await again.Content.ReadFromJsonAsync<JsonElement>();
        Assert.That(again.StatusCode, Is.EqualTo(HttpStatusCode.Created));
        Assert.That(second.GetProperty("version").GetInt32(), Is.GreaterThan(1));
        Assert.That(again.Headers.Location!.ToString(), Does.StartWith("/api/forms/definitions/trip?version="));

        var first = await _member.GetFromJsonAsync<JsonElement>("/api/forms/definitions/trip?version=1");
        Assert.That(first.GetProperty("definition").GetProperty("name").GetString(), Is.EqualTo("Business trip"));
        Assert.That(first.GetProperty("definition").GetProperty("fields")[3].GetProperty("type").GetString(), Is.EqualTo("subTable"));
        var list = await _member.GetFromJsonAsync<JsonElement>("/api/forms/definitions");
        Assert.That(list.EnumerateArray().Select(f => f.GetProperty("key").GetString()), Does.Contain("trip"));

        using var schema = await _member.GetAsync("/api/forms/definitions/trip/schema?version=1");
        Assert.That(schema.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(schema.Content.Headers.ContentType!.MediaType, Is.EqualTo("application/schema+json"));
        Assert.That(await schema.Content.ReadAsStringAsync(), Does.Contain("destination"));

        var missing = await Problem.ReadAsync(await _member.GetAsync("/api/forms/definitions/nothing"));
        Assert.That((missing.Status, missing.Code), Is.EqualTo((HttpStatusCode.NotFound, "forms.definition.not_found")));
    }

    [Test]
    public async Task A_member_cannot_publish()
    {
        var problem = await Problem.ReadAsync(await _member.PostAsync("/api/forms/definitions", new StringContent(Definition, Encoding.UTF8, "application/json")));

        Assert.That((problem.Status, problem.Code), Is.EqualTo((HttpStatusCode.Forbidden, "auth.forbidden")));
    }

    [Test]
    public async Task A_definition_with_unknown_properties_or_problems_is_refused_with_paths()
    {
        var unknown = await Problem.ReadAsync(await _host.Client.PostAsync("/api/forms/definitions",
            new StringContent("""{ "key": "x", "name": "X", "fields": [], "colour": "red" }""", Encoding.UTF8, "application/json")));
        Assert.That((unknown.Status, unknown.Code), Is.EqualTo((HttpStatusCode.BadRequest, "http.bad_request")));
        Assert.That(unknown.Detail, Does.Contain("colour"));

        var broken = await Problem.ReadAsync(await _host.Client.PostAsync("/api/forms/definitions",
            new StringContent(Definition.Replace("\"days\"", "\"destination\""), Encoding.UTF8, "application/json")));
        Assert.That((broken.Status, broken.Code), Is.EqualTo((HttpStatusCode.BadRequest, "validation.failed")));
        Assert.That(broken.Errors.Select(e => e.Field), Has.Some.StartsWith("fields[1]"));
    }

    [Test]
    public async Task A_member_creates_reads_updates_and_lists_records_and_a_stale_update_conflicts()
    {
        using var created = await _member.PostAsJsonAsync("/api/forms/trip/records", new { destination = "Shanghai", days = 3, mode = "train" });
        Assert.That(created.StatusCode, Is.EqualTo(HttpStatusCode.Created), await created.Content.ReadAsStringAsync());
        var record = await created.Content.ReadFromJsonAsync<JsonElement>();
        var id = record.GetProperty("id").GetString()!;
        Assert.That(created.Headers.ETag!.Tag, Is.EqualTo("\"1\""));
        Assert.That(created.Headers.Location!.ToString(), Is.EqualTo($"/api/forms/records/{id}"));

        using var update = Put(id, "\"1\"", new { destination = "Beijing", days = 4 });
        using var updated = await _member.SendAsync(update);
        Assert.That(updated.StatusCode, Is.EqualTo(HttpStatusCode.OK), await updated.Content.ReadAsStringAsync());
        Assert.That((await updated.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("revision").GetInt64(), Is.EqualTo(2));

        using var stale = Put(id, "\"1\"", new { destination = "Xi'an", days = 2 });
        var conflict = await Problem.ReadAsync(await _member.SendAsync(stale));
        Assert.That((conflict.Status, conflict.Code), Is.EqualTo((HttpStatusCode.Conflict, "data.concurrency_conflict")));

        using var noRevision = Put(id, null, new { destination = "Xi'an" });
        var missing = await Problem.ReadAsync(await _member.SendAsync(noRevision));
        Assert.That((missing.Status, missing.Errors.Select(e => e.Field).FirstOrDefault()), Is.EqualTo((HttpStatusCode.BadRequest, "If-Match")));

        var read = await _member.GetFromJsonAsync<JsonElement>($"/api/forms/records/{id}");
        Assert.That(read.GetProperty("data").GetProperty("destination").GetString(), Is.EqualTo("Beijing"));
        var history = await _member.GetFromJsonAsync<JsonElement>($"/api/forms/records/{id}/history");
        Assert.That(history.GetArrayLength(), Is.EqualTo(2));
        Assert.That(history[1].GetProperty("changes").GetProperty("days").GetProperty("to").GetDecimal(), Is.EqualTo(4));

        var page = await _member.GetFromJsonAsync<JsonElement>("/api/forms/trip/records?filter=destination:eq:Beijing&sort=-days&limit=10");
        Assert.That(page.GetProperty("items").EnumerateArray().Select(r => r.GetProperty("id").GetString()), Does.Contain(id));
        var notQueryable = await Problem.ReadAsync(await _member.GetAsync("/api/forms/trip/records?filter=mode:eq:train"));
        Assert.That((notQueryable.Status, notQueryable.Errors.Single()), Is.EqualTo((HttpStatusCode.BadRequest, ("filters[0].field", "not_queryable"))));
    }

    [Test]
    public async Task Invalid_data_comes_back_as_400_with_the_path_of_each_field()
    {
        var problem = await Problem.ReadAsync(await _member.PostAsJsonAsync("/api/forms/trip/records", new { days = 99, legs = new[] { new { from = "" } }, extra = 1 }));

        Assert.That((problem.Status, problem.Code), Is.EqualTo((HttpStatusCode.BadRequest, "validation.failed")));
        Assert.That(problem.Errors.Select(e => e.Field), Is.SupersetOf(new[] { "destination", "days", "legs[0].from", "extra" }));
    }

    [Test]
    public async Task Missing_records_and_forms_are_404()
    {
        var record = await Problem.ReadAsync(await _member.GetAsync("/api/forms/records/nothing"));
        var form = await Problem.ReadAsync(await _member.PostAsJsonAsync("/api/forms/nothing/records", new { }));

        Assert.That((record.Status, record.Code), Is.EqualTo((HttpStatusCode.NotFound, "forms.record.not_found")));
        Assert.That((form.Status, form.Code), Is.EqualTo((HttpStatusCode.NotFound, "forms.definition.not_found")));
    }

    private static HttpRequestMessage Put(string id, string? ifMatch, object data)
    {
        var request = new HttpRequestMessage(HttpMethod.Put, $"/api/forms/records/{id}") { Content = JsonContent.Create(data) };
        if (ifMatch is not null)
        {
            request.Headers.IfMatch.Add(EntityTagHeaderValue.Parse(ifMatch));
        }

        return request;
    }
}
