using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Platform.Host.Tests.Auth;
using Platform.Host.Tests.Support;

namespace Platform.Host.Tests.Workflow;

/// <summary>BPMN import over HTTP: mapped definition plus report, administrators only, malformed XML as problem details.</summary>
public sealed class BpmnImportApiTests
{
    private const string Bpmn = """
        <?xml version="1.0" encoding="UTF-8"?>
        <definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL" targetNamespace="urn:test">
          <process id="Purchase" name="Purchase" isExecutable="true">
            <startEvent id="s" />
            <userTask id="review" name="Review" />
            <exclusiveGateway id="g" default="toEnd" />
            <serviceTask id="book" name="Book it" />
            <endEvent id="e" />
            <sequenceFlow id="f1" sourceRef="s" targetRef="review" />
            <sequenceFlow id="f2" sourceRef="review" targetRef="g" />
            <sequenceFlow id="toBook" sourceRef="g" targetRef="book">
              <conditionExpression xsi:type="tFormalExpression" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">${amount &gt; 1000}</conditionExpression>
            </sequenceFlow>
            <sequenceFlow id="toEnd" sourceRef="g" targetRef="e" />
            <sequenceFlow id="f3" sourceRef="book" targetRef="e" />
          </process>
        </definitions>
        """;

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
    public async Task Maps_what_it_can_and_reports_the_rest()
    {
        var response = await _host.Client.PostAsync("/api/workflow/definitions/import/bpmn", new StringContent(Bpmn, Encoding.UTF8, "application/xml"));
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), await response.Content.ReadAsStringAsync());
        var answer = await response.Content.ReadFromJsonAsync<JsonElement>();

        var nodes = answer.GetProperty("definition").GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("id").GetString()).ToList();
        Assert.That(nodes, Does.Contain("s").And.Contain("review").And.Contain("g").And.Contain("e"));
        Assert.That(nodes, Does.Not.Contain("book"), "a service task is not guessed into anything");
        var unmapped = answer.GetProperty("report").GetProperty("unmapped").EnumerateArray().Select(u => u.GetRawText()).ToList();
        Assert.That(unmapped.Any(u => u.Contains("\"book\"", StringComparison.Ordinal)), Is.True, string.Join('\n', unmapped));
        var foreign = answer.GetProperty("report").GetProperty("foreignConditions").EnumerateArray().ToList();
        Assert.That(foreign.Select(f => f.GetRawText()), Has.Some.Contain("toBook"));
    }

    [Test]
    public async Task Malformed_xml_is_a_problem_with_its_position_and_members_may_not_import()
    {
        var malformed = await Problem.ReadAsync(await _host.Client.PostAsync("/api/workflow/definitions/import/bpmn", new StringContent("<definitions><process>", Encoding.UTF8, "application/xml")));
        await Members.AddAsync(_host, "modeller", "modeller-password-1");
        using var member = _host.ClientWithToken(await _host.TokenForAsync("modeller", "modeller-password-1"));
        var forbidden = await Problem.ReadAsync(await member.PostAsync("/api/workflow/definitions/import/bpmn", new StringContent(Bpmn, Encoding.UTF8, "application/xml")));

        Assert.That((malformed.Status, malformed.Code), Is.EqualTo((HttpStatusCode.BadRequest, "workflow.bpmn_invalid")));
        Assert.That(forbidden.Status, Is.EqualTo(HttpStatusCode.Forbidden));
    }
}
