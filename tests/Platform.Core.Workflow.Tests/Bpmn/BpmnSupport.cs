using System.Text;
using System.Xml.Linq;
using Microsoft.Extensions.DependencyInjection;
using Platform.Contracts.Forms.Expressions;
using Platform.Contracts.Workflow.Definitions;
using Platform.Core.Workflow.Bpmn;
using Platform.Core.Workflow.Tests.Support;

namespace Platform.Core.Workflow.Tests.Bpmn;

/// <summary>One running kernel for the BPMN tests: the real expression language, and the registered importer with its checks.</summary>
[SetUpFixture]
public sealed class BpmnSupport
{
    private static WorkflowHarness? _harness;

    internal static WorkflowHarness Harness => _harness ?? throw new InvalidOperationException("The BPMN set-up did not run.");

    /// <summary>The folder of the MIWG reference models copied beside the tests.</summary>
    public static string ConformanceDirectory => Path.Combine(AppContext.BaseDirectory, "Bpmn", "Conformance");

    /// <summary>Every reference model, by file name.</summary>
    public static IEnumerable<string> ConformanceFiles =>
        Directory.GetFiles(ConformanceDirectory, "*.bpmn").Select(f => Path.GetFileName(f)).Order(StringComparer.Ordinal);

    [OneTimeSetUp]
    public async Task StartAsync() => _harness = await WorkflowHarness.StartAsync();

    [OneTimeTearDown]
    public async Task StopAsync()
    {
        if (_harness is not null)
        {
            await _harness.DisposeAsync();
        }
    }

    /// <summary>Maps <paramref name="xml"/> without the definition checks.</summary>
    public static Task<BpmnImportResult> ImportAsync(string xml, BpmnImportOptions? options = null) =>
        BpmnImport.Create(Harness.Services.GetRequiredService<IExpressionEngine>())
            .ImportAsync(new MemoryStream(Encoding.UTF8.GetBytes(xml)), options ?? new BpmnImportOptions(), CancellationToken.None);

    public static async Task<BpmnImportResult> ImportFileAsync(string name)
    {
        await using var stream = File.OpenRead(Path.Combine(ConformanceDirectory, name));
        return await BpmnImport.Create(Harness.Services.GetRequiredService<IExpressionEngine>())
            .ImportAsync(stream, new BpmnImportOptions(), CancellationToken.None);
    }

    public static XDocument LoadFile(string name) => XDocument.Load(Path.Combine(ConformanceDirectory, name), LoadOptions.SetLineInfo);

    /// <summary>A BPMN document around <paramref name="process"/> (the children of one executable process).</summary>
    public static string Document(string process, string attributes = "", string extra = "") => $"""
        <?xml version="1.0" encoding="UTF-8"?>
        <definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
                     xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="defs" targetNamespace="urn:test" {attributes}>
          <process id="Leave_Request" name="Leave request" isExecutable="true">
        {process}
          </process>
        {extra}
        </definitions>
        """;

    public static NodeDefinition Node(BpmnImportResult result, string id) => result.Definition.Nodes.Single(n => n.Id == id);

    public static FlowDefinition Flow(BpmnImportResult result, string id) => result.Definition.Flows.Single(f => f.Id == id);

    public static IEnumerable<BpmnElementNote> Unmapped(BpmnImportResult result, string? id) => result.Report.Unmapped.Where(n => n.ElementId == id);
}
