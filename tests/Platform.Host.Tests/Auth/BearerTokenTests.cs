using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Platform.Contracts.Modules;
using Platform.Host.Tests.Support;

namespace Platform.Host.Tests.Auth;

/// <summary>What the host makes of the bearer token on each request.</summary>
public sealed class BearerTokenTests
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
    public async Task A_valid_token_reaches_the_modules_list()
    {
        var response = await _host.Client.GetAsync("/api/modules");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        var modules = await response.Content.ReadFromJsonAsync<List<ModuleInfo>>(RunningHost.Json);
        Assert.That(modules!.Single(m => m.Id == "org").State, Is.EqualTo(ModuleState.Loaded));
    }

    [Test]
    public async Task A_tampered_token_is_401()
    {
        var token = await _host.TokenForAsync("admin", RunningHost.AdminPassword);
        var parts = token.Split('.');
        var payload = JsonSerializer.Deserialize<Dictionary<string, JsonElement>>(Base64UrlDecode(parts[1]))!;
        payload["name"] = JsonSerializer.SerializeToElement("Somebody else");
        var forged = $"{parts[0]}.{Base64UrlEncode(JsonSerializer.SerializeToUtf8Bytes(payload))}.{parts[2]}";
        using var client = _host.ClientWithToken(forged);

        var problem = await Problem.ReadAsync(await client.GetAsync("/api/modules"));

        Assert.That(problem.Status, Is.EqualTo(HttpStatusCode.Unauthorized));
        Assert.That(problem.Code, Is.EqualTo("auth.unauthenticated"));
        Assert.That(problem.Detail, Does.Contain("not valid"));
    }

    [Test]
    public async Task Garbage_in_the_authorization_header_is_401()
    {
        using var client = _host.ClientWithToken("not-a-jwt");

        var problem = await Problem.ReadAsync(await client.GetAsync("/api/modules"));

        Assert.That(problem.Code, Is.EqualTo("auth.unauthenticated"));
    }

    [Test]
    public async Task A_disabled_members_token_stops_working_at_once()
    {
        await Members.AddAsync(_host, "erik", Password);
        using var client = _host.ClientWithToken(await _host.TokenForAsync("erik", Password));
        Assert.That((await client.GetAsync("/api/org/me")).StatusCode, Is.EqualTo(HttpStatusCode.OK));

        await Members.PutAsync(_host, "erik", enabled: false);

        var problem = await Problem.ReadAsync(await client.GetAsync("/api/org/me"));
        Assert.That(problem.Status, Is.EqualTo(HttpStatusCode.Unauthorized));
        Assert.That(problem.Detail, Does.Contain("disabled"));
    }

    [Test]
    public async Task The_token_carries_the_fixed_roles_and_the_request_sees_the_member()
    {
        var token = await _host.TokenForAsync("ADMIN", RunningHost.AdminPassword);
        var payload = JsonSerializer.Deserialize<Dictionary<string, JsonElement>>(Base64UrlDecode(token.Split('.')[1]))!;

        Assert.That(payload["iss"].GetString(), Is.EqualTo("platform"));
        Assert.That(payload["aud"].GetString(), Is.EqualTo("platform"));
        Assert.That(payload["login"].GetString(), Is.EqualTo("admin"));
        Assert.That(payload["role"].EnumerateArray().Select(r => r.GetString()), Is.EqualTo(new[] { "admin" }));
        Assert.That(payload["exp"].GetInt64() - payload["iat"].GetInt64(), Is.EqualTo(8 * 3600));
        var me = await _host.Client.GetFromJsonAsync<JsonElement>("/api/org/me");
        Assert.That(me.GetProperty("member").GetProperty("id").GetString(), Is.EqualTo(payload["sub"].GetString()));
    }

    [Test]
    public async Task A_member_changes_their_own_password()
    {
        await Members.AddAsync(_host, "fay", Password);
        using var client = _host.ClientWithToken(await _host.TokenForAsync("fay", Password));

        var wrong = await Problem.ReadAsync(await client.PostAsJsonAsync("/api/auth/password", new { currentPassword = "a guess", newPassword = "the new password" }));
        var tooShort = await Problem.ReadAsync(await client.PostAsJsonAsync("/api/auth/password", new { currentPassword = Password, newPassword = "short" }));
        var changed = await client.PostAsJsonAsync("/api/auth/password", new { currentPassword = Password, newPassword = "the new password" });

        Assert.That(wrong.Errors, Is.EqualTo(new[] { ("currentPassword", "invalid") }));
        Assert.That(tooShort.Errors, Is.EqualTo(new[] { ("newPassword", "too_short") }));
        Assert.That(changed.StatusCode, Is.EqualTo(HttpStatusCode.NoContent));
        Assert.That((await Members.SignInAsync(_host, "fay", Password)).StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
        Assert.That((await Members.SignInAsync(_host, "fay", "the new password")).StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }

    private static byte[] Base64UrlDecode(string text) => Microsoft.AspNetCore.WebUtilities.WebEncoders.Base64UrlDecode(text);

    private static string Base64UrlEncode(byte[] bytes) => Microsoft.AspNetCore.WebUtilities.WebEncoders.Base64UrlEncode(bytes);
}
