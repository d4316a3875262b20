using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Platform.Host.Tests.Auth;
using Platform.Host.Tests.Support;

namespace Platform.Host.Tests.Organization;

/// <summary>The organisation through HTTP on the real host: administrators write, members read, imports are all-or-nothing.</summary>
public sealed class OrganizationApiTests
{
    private PluginsFolder _folder = null!;
    private RunningHost _host = null!;

    [OneTimeSetUp]
    public async Task StartAsync()
    {
        _folder = new PluginsFolder();
        _host = await RunningHost.StartAsync(_folder);
    }

    [OneTimeTearDown]
    public async Task StopAsync()
    {
        await _host.DisposeAsync();
        _folder.Dispose();
    }

    [Test]
    public async Task An_administrator_creates_a_member_who_signs_in_sees_themself_and_is_kept_out_of_administration()
    {
        await Put("departments/finance", new { name = "Finance", unit = "root", parent = Members.Department });
        await Put("members/bob", new { login = "bob", name = "Bob", department = "finance" });
        var bobId = (await _host.Client.GetFromJsonAsync<JsonElement>("/api/org/members?q=bob")).GetProperty("items")[0].GetProperty("id").GetString();
        var password = await _host.Client.PutAsJsonAsync($"/api/org/members/{bobId}/password", new { password = "bob-password-1" });
        Assert.That(password.StatusCode, Is.EqualTo(HttpStatusCode.NoContent), await password.Content.ReadAsStringAsync());

        using var bob = _host.ClientWithToken(await _host.TokenForAsync("bob", "bob-password-1"));
        var me = await bob.GetFromJsonAsync<JsonElement>("/api/org/me");
        Assert.That(me.GetProperty("member").GetProperty("primary").GetProperty("departmentId").GetString(), Is.Not.Empty);
        Assert.That(me.GetProperty("member").GetProperty("login").GetString(), Is.EqualTo("bob"));

        foreach (var (method, path) in new[] { ("GET", "/api/modules"), ("GET", "/api/org/grants?resource=x"), ("POST", "/api/org/import"), ("GET", "/api/org/export") })
        {
            var problem = await Problem.ReadAsync(await bob.SendAsync(new HttpRequestMessage(new HttpMethod(method), path) { Content = method == "POST" ? JsonContent.Create(new { }) : null }));
            Assert.That((problem.Status, problem.Code), Is.EqualTo((HttpStatusCode.Forbidden, "auth.forbidden")), $"{method} {path}");
        }
    }

    [Test]
    public async Task An_import_with_mistakes_writes_nothing_and_reports_every_one_with_its_path()
    {
        var document = new
        {
            departments = new object[] { new { code = "ops", name = "Operations", unit = "nowhere" } },
            members = new object[]
            {
                new { code = "m1", login = "m1", name = "", department = "ops" },
                new { code = "m2", login = "admin", name = "Clash", department = Members.Department },
            },
        };

        var problem = await Problem.ReadAsync(await _host.Client.PostAsJsonAsync("/api/org/import", document));

        Assert.That(problem.Status, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(problem.Code, Is.EqualTo("validation.failed"));
        Assert.That(problem.Errors, Is.SupersetOf(new[]
        {
            ("departments[0].unit", "unknown_reference"), ("members[0].name", "required"), ("members[1].login", "duplicate"),
        }));
        var export = await _host.Client.GetStringAsync("/api/org/export");
        Assert.That(export, Does.Not.Contain("\"ops\"").And.Not.Contain("\"m1\""));
    }

    [Test]
    public async Task An_import_applies_then_changes_nothing_the_second_time()
    {
        var document = new
        {
            posts = new object[] { new { code = "analyst", name = "Analyst" } },
            members = new object[] { new { code = "ann", login = "ann", name = "Ann", department = Members.Department, post = "analyst" } },
        };

        var first = await _host.Client.PostAsJsonAsync("/api/org/import", document);
        var second = await _host.Client.PostAsJsonAsync("/api/org/import", document);

        Assert.That(first.StatusCode, Is.EqualTo(HttpStatusCode.OK), await first.Content.ReadAsStringAsync());
        var counts = (await second.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("counts");
        Assert.That(counts.GetProperty("members").GetProperty("unchanged").GetInt32(), Is.EqualTo(1));
        Assert.That(counts.GetProperty("members").GetProperty("created").GetInt32(), Is.Zero);
        Assert.That(counts.GetProperty("posts").GetProperty("unchanged").GetInt32(), Is.EqualTo(1));
    }

    [Test]
    public async Task A_misspelt_field_is_an_error_not_silently_ignored()
    {
        var problem = await Problem.ReadAsync(await _host.Client.PutAsJsonAsync("/api/org/posts/typist", new { name = "Typist", nmae = "x" }));

        Assert.That(problem.Status, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(problem.Errors.Single().Code, Is.EqualTo("invalid_json"));
    }

    private async Task Put(string path, object body)
    {
        var response = await _host.Client.PutAsJsonAsync($"/api/org/{path}", body);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), await response.Content.ReadAsStringAsync());
    }
}
