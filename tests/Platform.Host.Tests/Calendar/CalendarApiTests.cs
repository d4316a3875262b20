using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Platform.Host.Tests.Auth;
using Platform.Host.Tests.Support;

namespace Platform.Host.Tests.Calendar;

/// <summary>The working calendar over HTTP: members read a year, administrators replace it with the revision they read.</summary>
public sealed class CalendarApiTests
{
    private const string Sample = """
        { "holidays": ["2026-02-16", "2026-02-17", "2026-02-18"], "makeUpDays": ["2026-02-14", "2026-02-28"] }
        """;

    private PluginsFolder _folder = null!;
    private RunningHost _host = null!;
    private HttpClient _member = null!;

    [OneTimeSetUp]
    public async Task StartAsync()
    {
        _folder = new PluginsFolder();
        _host = await RunningHost.StartAsync(_folder);
        await Members.AddAsync(_host, "planner", "planner-password-1");
        _member = _host.ClientWithToken(await _host.TokenForAsync("planner", "planner-password-1"));
    }

    [OneTimeTearDown]
    public async Task StopAsync()
    {
        _member.Dispose();
        await _host.DisposeAsync();
        _folder.Dispose();
    }

    [Test]
    public async Task An_administrator_replaces_a_year_with_the_revision_read_and_a_stale_revision_conflicts()
    {
        using var empty = await _member.GetAsync("/api/workflow/calendar/2030");
        var before = await empty.Content.ReadFromJsonAsync<JsonElement>();
        Assert.That(empty.Headers.ETag!.Tag, Is.EqualTo("\"0\""));
        Assert.That(before.GetProperty("revision").GetInt64(), Is.Zero);
        Assert.That(before.GetProperty("timeZone").GetString(), Is.EqualTo("Asia/Shanghai"));
        Assert.That(before.GetProperty("officeHours").EnumerateArray().Select(p => p.GetString()), Is.EqualTo(new[] { "09:00-12:00", "13:30-17:30" }));

        using var created = await PutAsync(_host.Client, 2030, """{ "holidays": ["2030-01-01"], "makeUpDays": [] }""");
        Assert.That(created.StatusCode, Is.EqualTo(HttpStatusCode.OK), await created.Content.ReadAsStringAsync());
        Assert.That(created.Headers.ETag!.Tag, Is.EqualTo("\"1\""));

        using var replaced = await PutAsync(_host.Client, 2030, """{ "holidays": ["2030-01-01", "2030-02-04"], "makeUpDays": [] }""", ifMatch: "\"1\"");
        Assert.That(replaced.StatusCode, Is.EqualTo(HttpStatusCode.OK), await replaced.Content.ReadAsStringAsync());

        using var stale = await PutAsync(_host.Client, 2030, """{ "holidays": [], "makeUpDays": [], "revision": 1 }""");
        var problem = await Problem.ReadAsync(stale);
        Assert.That((problem.Status, problem.Code), Is.EqualTo((HttpStatusCode.Conflict, "data.concurrency_conflict")));

        var after = await _member.GetFromJsonAsync<JsonElement>("/api/workflow/calendar/2030");
        Assert.That(after.GetProperty("revision").GetInt64(), Is.EqualTo(2));
        Assert.That(after.GetProperty("holidays").EnumerateArray().Select(d => d.GetString()), Is.EqualTo(new[] { "2030-01-01", "2030-02-04" }));
    }

    [Test]
    public async Task Invalid_settings_come_back_with_every_field_path()
    {
        using var response = await PutAsync(_host.Client, 2026, """{ "holidays": ["2025-12-31"], "makeUpDays": ["2026-03-02"] }""");

        var problem = await Problem.ReadAsync(response);
        Assert.That((problem.Status, problem.Code), Is.EqualTo((HttpStatusCode.BadRequest, "workflow.calendar.invalid")));
        Assert.That(problem.Errors, Is.EqualTo(new[] { ("holidays[0]", "workflow.calendar.outside_year"), ("makeUpDays[0]", "workflow.calendar.make_up_day_not_weekend") }));
    }

    [Test]
    public async Task An_unknown_property_is_a_bad_request()
    {
        using var response = await PutAsync(_host.Client, 2026, """{ "holidays": [], "makeUpDays": [], "weekend": ["friday"] }""");

        Assert.That((await Problem.ReadAsync(response)).Code, Is.EqualTo("http.bad_request"));
    }

    [Test]
    public async Task Members_may_read_but_not_replace_a_year()
    {
        using var read = await _member.GetAsync("/api/workflow/calendar/2026");
        using var write = await PutAsync(_member, 2026, Sample);

        Assert.That(read.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That((await Problem.ReadAsync(write)).Code, Is.EqualTo("auth.forbidden"));
    }

    private static Task<HttpResponseMessage> PutAsync(HttpClient client, int year, string body, string? ifMatch = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Put, $"/api/workflow/calendar/{year}") { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        if (ifMatch is not null)
        {
            request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        }

        return client.SendAsync(request);
    }
}
