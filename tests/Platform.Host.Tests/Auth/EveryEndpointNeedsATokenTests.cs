using System.Net;
using System.Text.Json;
using Platform.Host.Tests.Support;

namespace Platform.Host.Tests.Auth;

/// <summary>
/// Every operation in the OpenAPI document of a host with the organization engine and the News and Documents plugins
/// answers 401 <c>auth.unauthenticated</c> without a token — except sign-in itself. Route parameters get dummy values
/// of their type, so constrained routes still match.
/// </summary>
public sealed class EveryEndpointNeedsATokenTests
{
    private static readonly string[] Anonymous = ["POST /api/auth/token"];

    private PluginsFolder _folder = null!;
    private RunningHost _host = null!;
    private HttpClient _anonymous = null!;

    [OneTimeSetUp]
    public async Task StartAsync()
    {
        _folder = new PluginsFolder().Add(RepoPaths.BuiltPlugin("news")).Add(RepoPaths.BuiltPlugin("documents"));
        _host = await RunningHost.StartAsync(_folder);
        _anonymous = _host.AnonymousClient();
    }

    [OneTimeTearDown]
    public async Task StopAsync()
    {
        _anonymous.Dispose();
        await _host.DisposeAsync();
        _folder.Dispose();
    }

    [Test]
    public async Task Every_operation_but_sign_in_answers_401_problem_details_without_a_token()
    {
        var operations = await OperationsAsync();
        Assert.That(operations.Select(o => o.Path), Has.Some.StartsWith("/api/org/").And.Some.StartsWith("/api/news/").And.Some.StartsWith("/api/documents/").And.Some.EqualTo("/api/modules"));

        var open = new List<string>();
        foreach (var (method, path, url) in operations)
        {
            using var request = new HttpRequestMessage(new HttpMethod(method), url);
            if (method is "POST" or "PUT" or "PATCH")
            {
                request.Content = new StringContent("{}", System.Text.Encoding.UTF8, "application/json");
            }

            using var response = await _anonymous.SendAsync(request);
            if (response.StatusCode != HttpStatusCode.Unauthorized)
            {
                open.Add($"{method} {path}");
                continue;
            }

            var problem = await Problem.ReadAsync(response);
            Assert.That(problem.Code, Is.EqualTo("auth.unauthenticated"), $"{method} {url}");
            Assert.That(problem.ContentType, Is.EqualTo("application/problem+json"), $"{method} {url}");
            Assert.That(response.Headers.WwwAuthenticate.ToString(), Does.StartWith("Bearer"), $"{method} {url}");
        }

        Assert.That(open, Is.EquivalentTo(Anonymous), "only these answer without a token");
    }

    [Test]
    public async Task The_document_says_which_operations_need_the_bearer_scheme()
    {
        using var document = JsonDocument.Parse(await _anonymous.GetStringAsync("/openapi/v1.json"));
        var root = document.RootElement;

        Assert.That(root.GetProperty("components").GetProperty("securitySchemes").GetProperty("Bearer").GetProperty("scheme").GetString(), Is.EqualTo("bearer"));
        var modules = root.GetProperty("paths").GetProperty("/api/modules").GetProperty("get");
        Assert.That(modules.GetProperty("security").GetArrayLength(), Is.EqualTo(1));
        var token = root.GetProperty("paths").GetProperty("/api/auth/token").GetProperty("post");
        Assert.That(token.TryGetProperty("security", out _), Is.False);
    }

    [TestCase("/health/live")]
    [TestCase("/health/ready")]
    [TestCase("/openapi/v1.json")]
    [TestCase("/scalar/")]
    public async Task Health_and_the_api_reference_are_open(string url)
    {
        var response = await _anonymous.GetAsync(url);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), url);
    }

    [Test]
    public async Task The_root_redirects_to_the_api_reference_without_a_token()
    {
        using var noRedirects = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = _anonymous.BaseAddress };

        var response = await noRedirects.GetAsync("/");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
    }

    [Test]
    public async Task An_unknown_address_needs_a_token_too_so_routes_are_not_revealed()
    {
        var problem = await Problem.ReadAsync(await _anonymous.GetAsync("/api/nothing/here"));

        Assert.That(problem.Status, Is.EqualTo(HttpStatusCode.Unauthorized));
        Assert.That(problem.Code, Is.EqualTo("auth.unauthenticated"));
    }

    private async Task<List<(string Method, string Path, string Url)>> OperationsAsync()
    {
        using var document = JsonDocument.Parse(await _anonymous.GetStringAsync("/openapi/v1.json"));
        var operations = new List<(string, string, string)>();
        foreach (var path in document.RootElement.GetProperty("paths").EnumerateObject())
        {
            foreach (var operation in path.Value.EnumerateObject().Where(o => o.Name != "parameters"))
            {
                var url = path.Name;
                if (operation.Value.TryGetProperty("parameters", out var parameters))
                {
                    foreach (var parameter in parameters.EnumerateArray().Where(p => p.GetProperty("in").GetString() == "path"))
                    {
                        url = url.Replace("{" + parameter.GetProperty("name").GetString() + "}", DummyValue(parameter), StringComparison.Ordinal);
                    }
                }

                operations.Add((operation.Name.ToUpperInvariant(), path.Name, url));
            }
        }

        return operations;
    }

    private static string DummyValue(JsonElement parameter)
    {
        var schema = parameter.TryGetProperty("schema", out var s) ? s : default;
        string? Read(string name) => schema.ValueKind == JsonValueKind.Object && schema.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
        return (Read("type"), Read("format")) switch
        {
            (_, "uuid") => Guid.Empty.ToString(),
            ("integer", _) or ("number", _) => "1",
            ("boolean", _) => "true",
            _ => "dummy",
        };
    }
}
