using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Platform.Host.Tests.Support;

namespace Platform.Host.Tests.Auth;

/// <summary><c>POST /api/auth/token</c> on the real host. Lockout: 5 failures lock the login for 15 minutes (the defaults).</summary>
public sealed class TokenEndpointTests
{
    private const string Password = "a long enough password";
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
    public async Task The_right_login_and_password_get_a_bearer_token_that_the_api_accepts()
    {
        var id = await Members.AddAsync(_host, "alice", Password);

        var response = await Members.SignInAsync(_host, "Alice", Password);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), await response.Content.ReadAsStringAsync());
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.That(body.GetProperty("tokenType").GetString(), Is.EqualTo("Bearer"));
        Assert.That(body.GetProperty("expiresIn").GetInt32(), Is.EqualTo(8 * 3600));
        Assert.That(body.GetProperty("member").GetProperty("id").GetString(), Is.EqualTo(id));
        Assert.That(body.GetProperty("member").GetProperty("login").GetString(), Is.EqualTo("alice"));
        Assert.That(body.GetProperty("member").GetProperty("name").GetString(), Is.EqualTo("Member alice"));

        using var client = _host.ClientWithToken(body.GetProperty("accessToken").GetString()!);
        var me = await client.GetFromJsonAsync<JsonElement>("/api/org/me");
        Assert.That(me.GetProperty("member").GetProperty("id").GetString(), Is.EqualTo(id), "the token's subject is the member");
    }

    [TestCase("nobody", Password)]
    [TestCase("bruno", "not the password")]
    public async Task An_unknown_login_or_a_wrong_password_is_401_invalid_credentials(string login, string password)
    {
        await Members.AddAsync(_host, "bruno", Password);

        var problem = await Problem.ReadAsync(await Members.SignInAsync(_host, login, password));

        Assert.That(problem.Status, Is.EqualTo(HttpStatusCode.Unauthorized));
        Assert.That(problem.ContentType, Is.EqualTo("application/problem+json"));
        Assert.That(problem.Code, Is.EqualTo("auth.invalid_credentials"));
    }

    [Test]
    public async Task Five_failures_lock_the_login_with_429_and_retry_after()
    {
        await Members.AddAsync(_host, "carl", Password);
        for (var i = 1; i <= 4; i++)
        {
            Assert.That((await Members.SignInAsync(_host, "carl", $"wrong {i}")).StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
        }

        var fifth = await Members.SignInAsync(_host, "carl", "wrong 5");
        var locked = await Members.SignInAsync(_host, "carl", Password);

        Assert.That((await Problem.ReadAsync(fifth)).Code, Is.EqualTo("auth.locked_out"), "the failure that reaches the limit locks");
        var problem = await Problem.ReadAsync(locked);
        Assert.That(problem.Status, Is.EqualTo(HttpStatusCode.TooManyRequests), "the right password does not open a locked login");
        Assert.That(problem.Code, Is.EqualTo("auth.locked_out"));
        Assert.That(locked.Headers.RetryAfter?.Delta?.TotalSeconds, Is.InRange(14 * 60, 15 * 60));
        Assert.That(problem.Body, Does.Contain("lockedUntil"));
    }

    [Test]
    public async Task A_disabled_member_is_403_member_disabled()
    {
        await Members.AddAsync(_host, "dora", Password);
        await Members.PutAsync(_host, "dora", enabled: false);

        var problem = await Problem.ReadAsync(await Members.SignInAsync(_host, "dora", Password));

        Assert.That(problem.Status, Is.EqualTo(HttpStatusCode.Forbidden));
        Assert.That(problem.Code, Is.EqualTo("auth.member_disabled"));
    }

    [Test]
    public async Task Missing_login_and_password_are_a_validation_problem_naming_both()
    {
        using var anonymous = _host.AnonymousClient();
        var problem = await Problem.ReadAsync(await anonymous.PostAsJsonAsync("/api/auth/token", new { login = " " }));

        Assert.That(problem.Status, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(problem.Code, Is.EqualTo("validation.failed"));
        Assert.That(problem.Errors, Is.EquivalentTo(new[] { ("login", "required"), ("password", "required") }));
    }

    [Test]
    public async Task A_body_that_is_not_json_is_a_400_problem()
    {
        using var anonymous = _host.AnonymousClient();
        using var body = new StringContent("login=admin", Encoding.UTF8, "application/json");

        var problem = await Problem.ReadAsync(await anonymous.PostAsync("/api/auth/token", body));

        Assert.That(problem.Status, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(problem.Code, Is.EqualTo("http.bad_request"));
    }
}
