using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Platform.Host.Tests.Auth;
using Platform.Host.Tests.Support;

namespace Platform.Host.Tests.Workflow;

/// <summary>An approval through HTTP on the real host: start, to-dos, act with an idempotency key, history, who may see what.</summary>
public sealed class RuntimeApiTests
{
    private PluginsFolder _folder = null!;
    private RunningHost _host = null!;
    private HttpClient _drafter = null!;
    private HttpClient _boss = null!;
    private HttpClient _outsider = null!;

    [OneTimeSetUp]
    public async Task StartAsync()
    {
        _folder = new PluginsFolder();
        _host = await RunningHost.StartAsync(_folder);
        await Members.AddAsync(_host, "drafter", "drafter-password-1");
        var boss = await Members.AddAsync(_host, "boss", "boss-password-1");
        await Members.AddAsync(_host, "outsider", "outsider-password-1");
        _drafter = _host.ClientWithToken(await _host.TokenForAsync("drafter", "drafter-password-1"));
        _boss = _host.ClientWithToken(await _host.TokenForAsync("boss", "boss-password-1"));
        _outsider = _host.ClientWithToken(await _host.TokenForAsync("outsider", "outsider-password-1"));
        var definition = new
        {
            key = "memo",
            name = "Memo",
            app = "memos",
            nodes = new object[]
            {
                new { id = "start", name = "Draft", type = "start" },
                new { id = "boss", name = "Boss", type = "approval", approval = new { assignees = new[] { new { kind = "member", value = boss } } } },
                new { id = "end", name = "Done", type = "end" },
            },
            flows = new[] { new { id = "f1", from = "start", to = "boss" }, new { id = "f2", from = "boss", to = "end" } },
        };
        var published = await _host.Client.PostAsJsonAsync("/api/workflow/definitions", definition);
        Assert.That(published.StatusCode, Is.EqualTo(HttpStatusCode.Created), await published.Content.ReadAsStringAsync());
    }

    [OneTimeTearDown]
    public async Task StopAsync()
    {
        _drafter.Dispose();
        _boss.Dispose();
        _outsider.Dispose();
        await _host.DisposeAsync();
        _folder.Dispose();
    }

    [Test]
    public async Task Start_approve_with_an_idempotency_key_and_read_the_history()
    {
        var started = await _drafter.PostAsJsonAsync("/api/workflow/instances", new { processKey = "memo", title = "Office move" });
        Assert.That(started.StatusCode, Is.EqualTo(HttpStatusCode.Created), await started.Content.ReadAsStringAsync());
        var instanceId = (await started.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;

        var todos = await _boss.GetFromJsonAsync<JsonElement>("/api/workflow/my/todos?app=memos");
        var item = todos.GetProperty("items").EnumerateArray().Single(i => i.GetProperty("instanceId").GetString() == instanceId);
        Assert.That(item.GetProperty("title").GetString(), Is.EqualTo("Office move"));
        var itemId = item.GetProperty("id").GetString();

        var view = await _boss.GetFromJsonAsync<JsonElement>($"/api/workflow/work-items/{itemId}");
        Assert.That(view.GetProperty("item").GetProperty("nodeId").GetString(), Is.EqualTo("boss"));

        using var first = new HttpRequestMessage(HttpMethod.Post, $"/api/workflow/work-items/{itemId}/actions") { Content = JsonContent.Create(new { kind = "approve", opinion = "fine" }) };
        first.Headers.Add("Idempotency-Key", "approve-1");
        using var again = new HttpRequestMessage(HttpMethod.Post, $"/api/workflow/work-items/{itemId}/actions") { Content = JsonContent.Create(new { kind = "approve", opinion = "fine" }) };
        again.Headers.Add("Idempotency-Key", "approve-1");
        var firstAnswer = await (await _boss.SendAsync(first)).Content.ReadFromJsonAsync<JsonElement>();
        var againAnswer = await (await _boss.SendAsync(again)).Content.ReadFromJsonAsync<JsonElement>();

        Assert.That(firstAnswer.GetProperty("status").GetString(), Is.EqualTo("approved"));
        Assert.That(firstAnswer.GetProperty("replayed").GetBoolean(), Is.False);
        Assert.That(againAnswer.GetProperty("replayed").GetBoolean(), Is.True);
        var history = await _drafter.GetFromJsonAsync<JsonElement>($"/api/workflow/instances/{instanceId}/history");
        Assert.That(history.EnumerateArray().Select(h => h.GetProperty("action").GetString()), Is.EqualTo(new[] { "started", "assigned", "approved", "completed" }));
        var submissions = await _drafter.GetFromJsonAsync<JsonElement>("/api/workflow/my/submissions");
        Assert.That(submissions.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetString()), Does.Contain(instanceId));
    }

    [Test]
    public async Task Outsiders_cannot_see_or_act_and_bad_requests_are_problem_details()
    {
        var started = await _drafter.PostAsJsonAsync("/api/workflow/instances", new { processKey = "memo", title = "Budget" });
        var instanceId = (await started.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
        var items = await _drafter.GetFromJsonAsync<JsonElement>($"/api/workflow/instances/{instanceId}/work-items");
        var itemId = items.EnumerateArray().Single().GetProperty("id").GetString();

        var hidden = await Problem.ReadAsync(await _outsider.GetAsync($"/api/workflow/instances/{instanceId}"));
        var notHolder = await Problem.ReadAsync(await _outsider.PostAsJsonAsync($"/api/workflow/work-items/{itemId}/actions", new { kind = "approve" }));
        var unknown = await Problem.ReadAsync(await _boss.PostAsJsonAsync("/api/workflow/work-items/nope/actions", new { kind = "approve" }));
        var badKind = await Problem.ReadAsync(await _boss.PostAsJsonAsync($"/api/workflow/work-items/{itemId}/actions", new { kind = "explode" }));
        var noProcess = await Problem.ReadAsync(await _drafter.PostAsJsonAsync("/api/workflow/instances", new { processKey = "nope", title = "x" }));

        Assert.That((hidden.Status, hidden.Code), Is.EqualTo((HttpStatusCode.Forbidden, "auth.forbidden")));
        Assert.That((notHolder.Status, notHolder.Code), Is.EqualTo((HttpStatusCode.Forbidden, "workflow.not_work_item_holder")));
        Assert.That((unknown.Status, unknown.Code), Is.EqualTo((HttpStatusCode.NotFound, "workflow.work_item_not_found")));
        Assert.That(badKind.Status, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That((noProcess.Status, noProcess.Code), Is.EqualTo((HttpStatusCode.NotFound, "workflow.definition_not_found")));
    }
}
