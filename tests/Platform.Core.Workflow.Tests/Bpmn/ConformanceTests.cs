using System.Xml.Linq;
using Platform.Contracts.Workflow.Definitions;
using Platform.Core.Workflow.Bpmn;
using static Platform.Core.Workflow.Tests.Bpmn.BpmnSupport;

namespace Platform.Core.Workflow.Tests.Bpmn;

/// <summary>
/// The BPMN MIWG reference models (Conformance/, CC BY 3.0, see NOTICE.md there): what each maps to, counted by hand
/// from the files, and the report covering every element of every file.
/// </summary>
public sealed class ConformanceTests
{
    private static readonly XNamespace Model = "http://www.omg.org/spec/BPMN/20100524/MODEL";

    private static readonly string[] DiagramNamespaces =
    [
        "http://www.omg.org/spec/BPMN/20100524/DI", "http://www.omg.org/spec/DD/20100524/DI", "http://www.omg.org/spec/DD/20100524/DC",
    ];

    [Test]
    public void The_reference_models_and_their_notice_are_beside_the_tests()
    {
        Assert.That(ConformanceFiles, Is.EquivalentTo(new[] { "A.1.0.bpmn", "A.2.0.bpmn", "A.2.1.bpmn", "A.3.0.bpmn", "C.1.1.bpmn", "C.3.0.bpmn" }));
        Assert.That(File.ReadAllText(Path.Combine(ConformanceDirectory, "NOTICE.md")), Does.Contain("Creative Commons Attribution 3.0"));
    }

    // Hand-counted: node kinds mapped, flows mapped (both ends mapped), foreign conditions.
    [TestCase("A.1.0.bpmn", "start:1 end:1", 0, 0, Description = "three plain tasks are not mapped, so neither are the four flows")]
    [TestCase("A.2.0.bpmn", "start:1 exclusive:2 end:1", 1, 0, Description = "only the merge gateway's flow to the end survives")]
    [TestCase("A.2.1.bpmn", "start:1 exclusive:2 end:1", 1, 1, Description = "the XPath 'true' sits on a flow leaving a task")]
    [TestCase("A.3.0.bpmn", "start:1 subProcess:1 end:2", 0, 0)]
    [TestCase("C.1.1.bpmn", "start:1 approval:4 exclusive:2 end:2", 8, 4, Description = "the service task and its two flows are not mapped")]
    [TestCase("C.3.0.bpmn", "start:1 approval:4 exclusive:3 subProcess:1 end:3", 13, 1, Description = "the two boundary-event flows are not mapped")]
    public async Task Each_file_maps_to_the_expected_nodes_and_flows(string file, string nodes, int flows, int foreign)
    {
        var result = await ImportFileAsync(file);

        var kinds = result.Definition.Nodes.GroupBy(n => n.Type).ToDictionary(g => WorkflowJson.Name(g.Key), g => g.Count());
        var expected = nodes.Split(' ').Select(p => p.Split(':')).ToDictionary(p => p[0], p => int.Parse(p[1], System.Globalization.CultureInfo.InvariantCulture));
        Assert.That(kinds, Is.EquivalentTo(expected));
        Assert.That(result.Definition.Flows, Has.Count.EqualTo(flows));
        Assert.That(result.Report.ForeignConditions, Has.Count.EqualTo(foreign));
        Assert.That(result.Checked, Is.False);
    }

    [TestCaseSource(typeof(BpmnSupport), nameof(ConformanceFiles))]
    public async Task Every_element_with_an_id_is_reported_as_mapped_or_not_mapped_by_a_rule(string file)
    {
        var result = await ImportFileAsync(file);
        var ids = LoadFile(file).Descendants()
            .Where(e => e.Attribute("id") is not null && !e.AncestorsAndSelf().Any(a => DiagramNamespaces.Contains(a.Name.NamespaceName)))
            .Select(e => e.Attribute("id")!.Value)
            .ToList();
        var reported = result.Report.Mapped.Concat(result.Report.Unmapped).Select(n => n.ElementId).ToHashSet();

        Assert.That(ids, Is.Not.Empty);
        Assert.That(ids.Where(id => !reported.Contains(id)), Is.Empty, "elements missing from the report");
        Assert.That(result.Report.Unmapped.Where(n => n.Message == BpmnReport.Unclassified).Select(n => n.ElementId), Is.Empty, "elements no rule classified");
    }

    [TestCaseSource(typeof(BpmnSupport), nameof(ConformanceFiles))]
    public async Task Nodes_and_flows_are_exactly_the_mappable_elements_of_the_process(string file)
    {
        // Re-derived from the XML: the first start event, end events, user tasks, exclusive gateways, parallel gateways
        // that split or join, non-event sub-processes and call activities become nodes; a flow is mapped when both ends are.
        var process = LoadFile(file).Root!.Elements(Model + "process").First();
        var sequenceFlows = process.Elements(Model + "sequenceFlow").ToList();
        int Degree(XElement e, string end) => sequenceFlows.Count(f => f.Attribute(end)!.Value == e.Attribute("id")!.Value);
        var mappable = process.Elements().Where(e => e.Name.LocalName switch
        {
            "endEvent" or "userTask" or "exclusiveGateway" or "callActivity" => true,
            "parallelGateway" => (Degree(e, "targetRef") <= 1 && Degree(e, "sourceRef") > 1) || (Degree(e, "targetRef") > 1 && Degree(e, "sourceRef") <= 1),
            "subProcess" => e.Attribute("triggeredByEvent")?.Value != "true",
            _ => false,
        }).Select(e => e.Attribute("id")!.Value).Append(process.Elements(Model + "startEvent").First().Attribute("id")!.Value).ToHashSet();
        var flows = sequenceFlows
            .Where(f => mappable.Contains(f.Attribute("sourceRef")!.Value) && mappable.Contains(f.Attribute("targetRef")!.Value))
            .Select(f => f.Attribute("id")!.Value);

        var result = await ImportFileAsync(file);

        Assert.That(result.Definition.Nodes.Select(n => n.Id), Is.EquivalentTo(mappable));
        Assert.That(result.Definition.Flows.Select(f => f.Id), Is.EquivalentTo(flows));
        Assert.That(result.Report.Unmapped.Count(n => n.ElementType == "task"), Is.EqualTo(process.Elements(Model + "task").Count()));
    }

    [TestCaseSource(typeof(BpmnSupport), nameof(ConformanceFiles))]
    public async Task The_diagram_is_reported_once_not_shape_by_shape(string file)
    {
        var result = await ImportFileAsync(file);

        var diagram = result.Report.Unmapped.Where(n => n.ElementType.EndsWith(":BPMNDiagram", StringComparison.Ordinal)).ToList();
        Assert.That(diagram, Has.Count.EqualTo(1));
        Assert.That(diagram[0].Message, Does.Contain("diagram interchange"));
        Assert.That(result.Report.Unmapped.Concat(result.Report.Mapped).Where(n => n.ElementType.EndsWith(":BPMNShape", StringComparison.Ordinal)), Is.Empty);
    }

    [Test]
    public async Task A_2_0_the_split_without_conditions_or_default_is_reported_as_unable_to_choose()
    {
        var result = await ImportFileAsync("A.2.0.bpmn");

        var split = Unmapped(result, "_35fe57a7-1302-44e2-bf58-032f11af7ecb").Single();
        Assert.That(split.Message, Does.Contain("no default flow").And.Contain("flows without a condition"));
        Assert.That(Flow(result, "_d4ce87c6-1373-45d6-a3b4-fbb2a04ee2e5").IsDefault, Is.True, "the merge's only way out is its default");
    }

    [Test]
    public async Task A_2_1_conditions_in_XPath_are_reported_verbatim_and_empty_ones_named()
    {
        var result = await ImportFileAsync("A.2.1.bpmn");

        var foreign = result.Report.ForeignConditions.Single();
        Assert.That(foreign, Has.Property(nameof(BpmnForeignCondition.FlowId)).EqualTo("_To9Z7TOCEeSknpIVFCxNIQ")
            .And.Property(nameof(BpmnForeignCondition.Language)).EqualTo("http://www.w3.org/1999/XPath")
            .And.Property(nameof(BpmnForeignCondition.Expression)).EqualTo("true")
            .And.Property(nameof(BpmnForeignCondition.Line)).EqualTo(127));
        Assert.That(Unmapped(result, "_cVKUxDOCEeSknpIVFCxNIQ").Single().Message, Does.Contain("empty condition"));
        var @default = result.Report.Unmapped.Single(n => n.ElementType == "default");
        Assert.That(@default.Message, Does.Contain("_To9Z6jOCEeSknpIVFCxNIQ"), "the split's default leads to a task that is not mapped");
    }

    [Test]
    public async Task A_3_0_the_collapsed_sub_process_is_a_sub_process_node_and_its_boundary_events_are_reported()
    {
        var result = await ImportFileAsync("A.3.0.bpmn");

        var node = Node(result, "_1ae31d1b-2559-4f78-a3ec-47986a49db48");
        Assert.That(node.Type, Is.EqualTo(NodeType.SubProcess));
        Assert.That(node.SubProcessKey, Is.EqualTo("wfp-6.1ae31d1b-2559-4f78-a3ec-47986a49db48"));
        Assert.That(node.Name, Is.EqualTo("Collapsed Sub-Process"));
        Assert.That(result.SubProcesses, Is.Empty);
        Assert.That(Unmapped(result, "_1ae31d1b-2559-4f78-a3ec-47986a49db48").Single().Message, Does.Contain("no content"));
        Assert.That(Unmapped(result, "_428dcbf5-8e5e-48e0-9c0c-d93003fa8c82").Single().Message, Does.Contain("messageEventDefinition"));
        Assert.That(Unmapped(result, "_178e16eb-4c9e-4ea0-9644-7c5fb2b71825").Single().Message, Does.Contain("escalationEventDefinition"));
    }

    [Test]
    public async Task C_1_1_literal_assignees_map_to_members_expressions_and_candidate_groups_are_reported()
    {
        var result = await ImportFileAsync("C.1.1.bpmn");

        Assert.That(Node(result, "assignApprover").Approval!.Assignees, Is.EqualTo(new[] { new AssigneeRule { Kind = AssigneeKind.Member, Value = "demo" } }));
        Assert.That(Node(result, "reviewInvoice").Approval!.Assignees.Single().Value, Is.EqualTo("demo"));
        Assert.That(Node(result, "approveInvoice").Approval!.Assignees, Is.Empty);
        Assert.That(Node(result, "approveInvoice").Approval!.Mode, Is.EqualTo(ApprovalMode.Single));
        Assert.That(result.Report.Unmapped.Single(n => n.ElementId == "approveInvoice" && n.ElementType == "camunda:assignee").Message, Does.Contain("${approver}"));
        Assert.That(result.Report.Unmapped.Single(n => n.ElementId == "prepareBankTransfer" && n.ElementType == "camunda:candidateGroups").Message, Does.Contain("accounting"));
        Assert.That(Unmapped(result, "prepareBankTransfer").Select(n => n.Message), Has.Some.Contains("no assignee"));
        Assert.That(result.Report.Unmapped.Count(n => n.ElementType == "camunda:formKey"), Is.EqualTo(5));
        Assert.That(Unmapped(result, "archiveInvoice").Single().ElementType, Is.EqualTo("serviceTask"));
        Assert.That(result.Report.ForeignConditions.Select(c => c.Expression), Is.EquivalentTo(new[]
        {
            "bpmn:getDataObject('approved')", "not(bpmn:getDataObject('approved'))", "bpmn:getDataObject('clarified') = 'yes'", "bpmn:getDataObject('clarified') = 'no'",
        }));
        Assert.That(result.Definition.Flows.Where(f => f.Condition is not null), Is.Empty);
        Assert.That(result.Definition.Key, Is.EqualTo("handle-invoice"));
        Assert.That(result.Definition.Name, Is.EqualTo("Invoice Handling (OMG BPMN MIWG Demo)"));
    }

    [Test]
    public async Task C_3_0_the_interrupting_PT2H_timer_becomes_the_deadline_and_its_path_is_reported()
    {
        var result = await ImportFileAsync("C.3.0.bpmn");

        var premium = Node(result, "_6a34496f-8cf7-42e5-88a9-d1af98cc3cba");
        Assert.That(premium.Approval!.Deadline, Is.EqualTo(new Duration(2, DurationUnit.Hours)));
        Assert.That(premium.Approval.OnTimeout, Is.Null);
        Assert.That(result.Definition.Nodes.Count(n => n.Approval?.Deadline is not null), Is.EqualTo(1));
        Assert.That(result.Report.Mapped.Single(n => n.ElementId == "Bpmn_BoundaryEvent_sS9gABqGEeWDuOtG0oS24A").Message, Does.Contain("deadline").And.Contain("interrupting"));
        Assert.That(Unmapped(result, "Bpmn_SequenceFlow_tcbpgBqGEeWDuOtG0oS24A").Single().Message,
            Does.Contain("interrupting timer path").And.Contain("deadline is kept"));
        Assert.That(Unmapped(result, "Bpmn_BoundaryEvent_LwKtwhqHEeWDuOtG0oS24A").Single().Message, Does.Contain("messageEventDefinition"));
        Assert.That(Unmapped(result, "Bpmn_MessageEventDefinition_vaRFsAO9EeWi8fS3WiOizw").Single().Message, Does.Contain("start trigger"));
        Assert.That(result.Report.ForeignConditions.Single().Expression, Is.EqualTo("Service Level == 'Premium'"));
        Assert.That(result.Report.ForeignConditions.Single().Language, Is.EqualTo("http://www.w3.org/1999/XPath"), "the BPMN default language");
    }
}
