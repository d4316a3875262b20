using System.Net;
using System.Text;
using Platform.Host.Tests.Support;

namespace Platform.Host.Tests.Http;

public sealed class ProblemDetailsTests
{
    private PluginsFolder _folder = null!;
    private RunningHost _host = null!;

    [OneTimeSetUp]
    public async Task StartAsync()
    {
        _folder = new PluginsFolder().AddFixture("good", "Healthy.HealthyModule");
        _host = await RunningHost.StartAsync(_folder);
    }

    [OneTimeTearDown]
    public async Task StopAsync()
    {
        await _host.DisposeAsync();
        _folder.Dispose();
    }

    [Test]
    public async Task Unknown_route_is_a_404_problem_with_a_code()
    {
        var problem = await Problem.ReadAsync(await _host.Client.GetAsync("/api/nothing/here"));

        Assert.That(problem.Status, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That(problem.ContentType, Is.EqualTo("application/problem+json"));
        Assert.That(problem.Code, Is.EqualTo("http.not_found"));
        Assert.That(problem.Body, Does.Contain("traceId"));
    }

    [Test]
    public async Task Wrong_method_is_a_405_problem()
    {
        var problem = await Problem.ReadAsync(await _host.Client.DeleteAsync("/api/modules"));

        Assert.That(problem.Status, Is.EqualTo(HttpStatusCode.MethodNotAllowed));
        Assert.That(problem.Code, Is.EqualTo("http.method_not_allowed"));
    }

    [Test]
    public async Task Malformed_json_is_a_400_problem_naming_the_field_without_a_stack_trace()
    {
        using var body = new StringContent("{\"text\": 12", Encoding.UTF8, "application/json");
        var problem = await Problem.ReadAsync(await _host.Client.PostAsync("/api/good/notes", body));

        Assert.That(problem.Status, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(problem.Code, Is.EqualTo("http.bad_request"));
        Assert.That(problem.Body, Does.Not.Contain(" at ").And.Not.Contain("Exception"));
    }

    [Test]
    public async Task Wrong_json_type_is_a_400_problem_naming_the_field()
    {
        using var body = new StringContent("{\"text\": 12}", Encoding.UTF8, "application/json");
        var problem = await Problem.ReadAsync(await _host.Client.PostAsync("/api/good/notes", body));

        Assert.That(problem.Status, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(problem.Errors.Select(e => e.Field), Is.EqualTo(new[] { "text" }));
    }

    [Test]
    public async Task OpenApi_document_lists_host_and_plugin_endpoints()
    {
        var document = await _host.Client.GetStringAsync("/openapi/v1.json");

        Assert.That(document, Does.Contain("\"/api/modules\"").And.Contain("\"/api/good/notes\""));
        Assert.That((await _host.Client.GetAsync("/scalar/")).StatusCode, Is.EqualTo(HttpStatusCode.OK), "the interactive reference page is served");
    }
}
