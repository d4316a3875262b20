using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Platform.Host.Tests.Auth;
using Platform.Host.Tests.Support;

namespace Platform.Host.Tests.Workflow;

/// <summary>Process definitions through HTTP on the real host: administrators check and publish, members read, problems come back as problem details.</summary>
public sealed class DefinitionsApiTests
{
    private const string Definition = """
        {
          "key": "leave",
          "name": "Leave",
          "nodes": [
            { "id": "start", "name": "Request", "type": "start" },
            { "id": "approve", "name": "Approve", "type": "approval",
              "approval": { "assignees": [ { "kind": "submitter" } ], "deadline": { "amount": 1, "unit": "workingDays" } } },
            { "id": "end", "name": "Done", "type": "end" }
          ],
          "flows": [
            { "id": "f1", "from": "start", "to": "approve" },
            { "id": "f2", "from": "approve", "to": "end" }
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
        await Members.AddAsync(_host, "designer", "designer-password-1");
        _member = _host.ClientWithToken(await _host.TokenForAsync("designer", "designer-password-1"));
    }

    [OneTimeTearDown]
    public async Task StopAsync()
    {
        _member.Dispose();
        await _host.DisposeAsync();
        _folder.Dispose();
    }

    [Test]
    public async Task An_administrator_publishes_versions_that_members_read()
    {
        using var first = await _host.Client.PostAsync("/api/workflow/definitions", Body(Definition));
        using var second = await _host.Client.PostAsync("/api/workflow/definitions", Body(Definition.Replace("\"Leave\"", "\"Leave (revised)\"", StringComparison.Ordinal)));
        var published = await second.Content.ReadFromJsonAsync<JsonElement>();

        Assert.That((first.StatusCode, second.StatusCode), Is.EqualTo((HttpStatusCode.Created, HttpStatusCode.Created)), await first.Content.ReadAsStringAsync());
        Assert.That(published.GetProperty("version").GetInt32(), Is.EqualTo(2));
        Assert.That(second.Headers.Location!.ToString(), Is.EqualTo("/api/workflow/definitions/leave/versions/2"));

        var latest = await _member.GetFromJsonAsync<JsonElement>("/api/workflow/definitions/leave");
        var pinned = await _member.GetFromJsonAsync<JsonElement>("/api/workflow/definitions/leave/versions/1");
        var list = await _member.GetFromJsonAsync<JsonElement>("/api/workflow/definitions");
        Assert.That(latest.GetProperty("definition").GetProperty("name").GetString(), Is.EqualTo("Leave (revised)"));
        Assert.That(pinned.GetProperty("definition").GetProperty("name").GetString(), Is.EqualTo("Leave"));
        Assert.That(pinned.GetProperty("definition").GetProperty("nodes")[1].GetProperty("approval").GetProperty("deadline").GetProperty("unit").GetString(), Is.EqualTo("workingDays"));
        Assert.That(list.EnumerateArray().Select(p => (p.GetProperty("key").GetString(), p.GetProperty("version").GetInt32())), Does.Contain(("leave", 2)));

        // What is read can be published again as it is.
        using var again = await _host.Client.PostAsync("/api/workflow/definitions", Body(pinned.GetProperty("definition").GetRawText()));
        Assert.That(again.StatusCode, Is.EqualTo(HttpStatusCode.Created), await again.Content.ReadAsStringAsync());
    }

    [Test]
    public async Task Missing_processes_and_versions_are_not_found()
    {
        var missing = await Problem.ReadAsync(await _member.GetAsync("/api/workflow/definitions/nothing"));
        var version = await Problem.ReadAsync(await _member.GetAsync("/api/workflow/definitions/nothing/versions/3"));

        Assert.That((missing.Status, missing.Code), Is.EqualTo((HttpStatusCode.NotFound, "workflow.definition_not_found")));
        Assert.That((version.Status, version.Code), Is.EqualTo((HttpStatusCode.NotFound, "workflow.definition_not_found")));
    }

    [Test]
    public async Task Check_lists_every_problem_and_publish_refuses_with_them()
    {
        var broken = Definition.Replace("\"to\": \"end\"", "\"to\": \"ghost\"", StringComparison.Ordinal).Replace("\"leave\"", "\"Leave!\"", StringComparison.Ordinal);

        using var check = await _host.Client.PostAsync("/api/workflow/definitions/check", Body(broken));
        var problems = (await check.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("problems").EnumerateArray()
            .Select(p => (p.GetProperty("code").GetString(), p.GetProperty("path").GetString())).ToList();
        var refused = await Problem.ReadAsync(await _host.Client.PostAsync("/api/workflow/definitions", Body(broken)));

        Assert.That(check.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(problems, Does.Contain(("workflow.definition.key_invalid", "key")).And.Contain(("workflow.definition.unknown_node", "flows[1].to")));
        Assert.That((refused.Status, refused.Code), Is.EqualTo((HttpStatusCode.BadRequest, "workflow.definition_invalid")));
        Assert.That(refused.Errors, Is.EquivalentTo(problems.Select(p => (p.Item2!, p.Item1!))));

        using var sound = await _host.Client.PostAsync("/api/workflow/definitions/check", Body(Definition));
        Assert.That((await sound.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("problems").GetArrayLength(), Is.Zero);
    }

    [Test]
    public async Task Unreadable_bodies_are_bad_requests_naming_the_place()
    {
        var unknown = await Problem.ReadAsync(await _host.Client.PostAsync("/api/workflow/definitions", Body(Definition.Replace("\"name\": \"Leave\"", "\"name\": \"Leave\", \"colour\": \"red\"", StringComparison.Ordinal))));
        var badEnum = await Problem.ReadAsync(await _host.Client.PostAsync("/api/workflow/definitions/check", Body(Definition.Replace("\"type\": \"end\"", "\"type\": \"finish\"", StringComparison.Ordinal))));

        Assert.That((unknown.Status, unknown.Code), Is.EqualTo((HttpStatusCode.BadRequest, "http.bad_request")));
        Assert.That((badEnum.Status, badEnum.Code), Is.EqualTo((HttpStatusCode.BadRequest, "http.bad_request")));
        Assert.That(badEnum.Errors.Single().Field, Is.EqualTo("nodes[2].type"));
    }

    [Test]
    public async Task A_member_reads_but_cannot_check_or_publish()
    {
        var publish = await Problem.ReadAsync(await _member.PostAsync("/api/workflow/definitions", Body(Definition)));
        var check = await Problem.ReadAsync(await _member.PostAsync("/api/workflow/definitions/check", Body(Definition)));
        using var anonymous = _host.AnonymousClient();
        using var read = await anonymous.GetAsync("/api/workflow/definitions");

        Assert.That((publish.Status, publish.Code), Is.EqualTo((HttpStatusCode.Forbidden, "auth.forbidden")));
        Assert.That((check.Status, check.Code), Is.EqualTo((HttpStatusCode.Forbidden, "auth.forbidden")));
        Assert.That(read.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
    }

    private static StringContent Body(string json) => new(json, Encoding.UTF8, "application/json");
}
