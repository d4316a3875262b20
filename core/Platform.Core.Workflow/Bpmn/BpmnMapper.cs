using System.Xml.Linq;
using Platform.Contracts.Forms.Expressions;
using Platform.Contracts.Workflow.Definitions;

namespace Platform.Core.Workflow.Bpmn;

/// <summary>
/// Maps one BPMN container — the process, or an embedded sub-process with content — onto a <see cref="ProcessDefinition"/>,
/// noting every element in the <see cref="BpmnReport"/>. Embedded sub-processes become definitions of their own
/// (<see cref="SubProcesses"/>). See docs/workflow.md, "BPMN import", for each rule.
/// </summary>
internal sealed partial class BpmnMapper(BpmnReport report, IExpressionEngine expressions, string defaultLanguage)
{
    /// <summary>Elements that make a sub-process's content: nodes and the flows between them.</summary>
    private static readonly HashSet<string> FlowElements = new(StringComparer.Ordinal)
    {
        "startEvent", "endEvent", "intermediateCatchEvent", "intermediateThrowEvent", "boundaryEvent", "task", "userTask", "manualTask",
        "serviceTask", "scriptTask", "sendTask", "receiveTask", "businessRuleTask", "subProcess", "transaction", "adHocSubProcess",
        "callActivity", "exclusiveGateway", "parallelGateway", "inclusiveGateway", "eventBasedGateway", "complexGateway", "sequenceFlow",
    };

    /// <summary>Other elements a sub-process with content holds; its own mapping reports them.</summary>
    private static readonly HashSet<string> InnerElements = new(StringComparer.Ordinal)
    {
        "dataObject", "dataObjectReference", "dataStoreReference", "textAnnotation", "association", "group", "laneSet",
    };

    private readonly List<ProcessDefinition> _subProcesses = [];

    public IReadOnlyList<ProcessDefinition> SubProcesses => _subProcesses;

    public ProcessDefinition Map(XElement container, string key, string name, string? description)
    {
        var scope = new Scope(key);
        var children = container.Elements().ToList();
        var flows = children.Where(c => c.Name == BpmnNames.Model + "sequenceFlow").ToList();
        var outDegree = flows.GroupBy(f => f.Attribute("sourceRef")?.Value ?? "").ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var inDegree = flows.GroupBy(f => f.Attribute("targetRef")?.Value ?? "").ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        scope.OutDegree = outDegree;

        var isProcess = container.Name == BpmnNames.Model + "process";
        foreach (var child in children)
        {
            if (!isProcess && !IsContent(child))
            {
                continue; // the sub-process node's own details (incoming, outgoing, extensions …), reported with the node
            }

            if (child.Name.Namespace != BpmnNames.Model)
            {
                report.UnmappedTree(child, "vendor extension, not mapped");
                continue;
            }

            var id = child.Attribute("id")?.Value ?? "";
            switch (child.Name.LocalName)
            {
                case "sequenceFlow" or "boundaryEvent":
                    break; // after the nodes
                case "extensionElements":
                    ReportExtensions(child);
                    break;
                case "documentation" when description is not null && container.Elements(BpmnNames.Model + "documentation").First() == child:
                    report.Mapped(child, "the definition's description");
                    break;
                case "startEvent":
                    MapStart(scope, child);
                    break;
                case "endEvent":
                    AddNode(scope, child, NodeType.End, "end node", EndDetails);
                    break;
                case "userTask":
                    MapUserTask(scope, child);
                    break;
                case "exclusiveGateway":
                    AddNode(scope, child, NodeType.Exclusive, "exclusive node", null);
                    break;
                case "parallelGateway":
                    MapParallel(scope, child, inDegree.GetValueOrDefault(id), outDegree.GetValueOrDefault(id));
                    break;
                case "subProcess" when child.Attribute("triggeredByEvent")?.Value != "true":
                    MapSubProcess(scope, child);
                    break;
                case "callActivity":
                    MapCallActivity(scope, child);
                    break;
                default:
                    report.UnmappedTree(child, WhyNot(child));
                    break;
            }
        }

        foreach (var boundary in children.Where(c => c.Name == BpmnNames.Model + "boundaryEvent"))
        {
            MapBoundary(scope, boundary);
        }

        foreach (var flow in flows)
        {
            MapFlow(scope, flow);
        }

        CheckBranches(scope, flows);
        if (!scope.Nodes.Values.Any(n => n.Type == NodeType.Start))
        {
            report.Unmapped(container, "no start event in the file: the definition has no start node");
        }

        return new ProcessDefinition
        {
            Key = key,
            Name = name,
            Description = description,
            Nodes = [.. scope.Order.Select(id => scope.Nodes[id])],
            Flows = [.. scope.Flows],
        };
    }

    private static bool IsContent(XElement element) =>
        element.Name.Namespace == BpmnNames.Model && (FlowElements.Contains(element.Name.LocalName) || InnerElements.Contains(element.Name.LocalName));

    private static string WhyNot(XElement element) => element.Name.LocalName switch
    {
        "task" or "manualTask" => "not mapped: a task without a type may mean anything; only user tasks become approval nodes",
        "serviceTask" or "scriptTask" or "sendTask" or "receiveTask" or "businessRuleTask" =>
            $"not mapped: {element.Name.LocalName} is automated work, which approval processes do not run",
        "intermediateCatchEvent" or "intermediateThrowEvent" => "not mapped: intermediate events have no counterpart",
        "inclusiveGateway" or "eventBasedGateway" or "complexGateway" =>
            $"not mapped: {element.Name.LocalName} has no counterpart (only exclusive and parallel gateways)",
        "subProcess" => "not mapped: event sub-processes have no counterpart",
        "transaction" or "adHocSubProcess" => $"not mapped: {element.Name.LocalName} has no counterpart",
        "laneSet" or "lane" => "not mapped: lanes do not assign work; add assignee rules to the approval nodes",
        "dataObject" or "dataObjectReference" or "dataStoreReference" or "property" or "ioSpecification" or "dataInputAssociation"
            or "dataOutputAssociation" => "not mapped: data lives in the form, not in the process",
        "textAnnotation" or "association" or "group" => "not mapped: annotations and artefacts are not part of the model",
        "documentation" => "not mapped: documentation of an element is not carried over",
        _ => $"not mapped: {element.Name.LocalName} has no counterpart",
    };

    private void MapStart(Scope scope, XElement start)
    {
        if (scope.Nodes.Values.Any(n => n.Type == NodeType.Start))
        {
            report.UnmappedTree(start, $"not mapped: a definition has one start; the first start event ('{scope.StartId}') is the start node");
            return;
        }

        scope.StartId = start.Attribute("id")?.Value;
        AddNode(scope, start, NodeType.Start, "start node", (s, definition) =>
        {
            report.UnmappedTree(definition, $"start trigger not mapped ({definition.Name.LocalName}): instances start when a submitter starts them");
            return s;
        });
    }

    private NodeDefinition EndDetails(NodeDefinition node, XElement definition)
    {
        var kind = definition.Name.LocalName.Replace("EventDefinition", "", StringComparison.Ordinal);
        report.UnmappedTree(definition, kind == "terminate"
            ? "terminate end event mapped to a plain end: ending the other branches at once is not mapped"
            : $"{kind} end event mapped to a plain end: the {kind} result is not mapped");
        return node;
    }

    private void MapUserTask(Scope scope, XElement task)
    {
        var rules = new List<AssigneeRule>();
        foreach (var attribute in task.Attributes().Where(a => a.Name.LocalName == "assignee" && BpmnNames.AssigneeVendors.Contains(a.Name.NamespaceName)))
        {
            var value = attribute.Value.Trim();
            if (value.Length > 0 && !value.Contains("${", StringComparison.Ordinal) && !value.Contains("#{", StringComparison.Ordinal))
            {
                rules.Add(new AssigneeRule { Kind = AssigneeKind.Member, Value = value });
                report.Attribute(task, attribute, mapped: true, $"assignee rule: member '{value}' (a literal; the definition check verifies the id)");
            }
            else
            {
                report.Attribute(task, attribute, mapped: false, $"not mapped: the assignee '{value}' is an expression of another engine");
            }
        }

        var node = AddNode(scope, task, NodeType.Approval, "approval node (single)", null);
        scope.Nodes[node] = scope.Nodes[node] with { Approval = new ApprovalSettings { Assignees = rules, Mode = ApprovalMode.Single } };
        if (rules.Count == 0)
        {
            report.Unmapped(task, $"approval node '{node}' has no assignee: none could be mapped; add assignee rules before publishing");
        }
    }

    private void MapParallel(Scope scope, XElement gateway, int incoming, int outgoing)
    {
        if (incoming <= 1 && outgoing > 1)
        {
            AddNode(scope, gateway, NodeType.ParallelSplit, "parallel split", null);
        }
        else if (incoming > 1 && outgoing <= 1)
        {
            AddNode(scope, gateway, NodeType.ParallelJoin, "parallel join", null);
        }
        else
        {
            report.UnmappedTree(gateway, $"not mapped: a parallel gateway with {incoming} incoming and {outgoing} outgoing flows is neither a split nor a join; use two gateways");
        }
    }

    private void MapSubProcess(Scope scope, XElement sub)
    {
        var id = sub.Attribute("id")?.Value ?? "sub";
        var key = scope.Key + "." + BpmnNames.Key(id);
        var content = sub.Elements().Any(e => e.Name.Namespace == BpmnNames.Model && FlowElements.Contains(e.Name.LocalName));
        var node = AddNode(scope, sub, NodeType.SubProcess, content ? $"sub-process node; its content is the definition '{key}'" : "sub-process node", null,
            skipChild: content ? IsContent : null);
        scope.Nodes[node] = scope.Nodes[node] with { SubProcessKey = key };
        if (content)
        {
            var name = Name(sub) ?? id;
            _subProcesses.Add(Map(sub, key, name, null));
        }
        else
        {
            report.Unmapped(sub, $"the sub-process has no content in the file (collapsed): node '{node}' runs the process '{key}', which must be published separately");
        }
    }

    private void MapCallActivity(Scope scope, XElement call)
    {
        if (call.Attribute("calledElement")?.Value is not { Length: > 0 } called)
        {
            report.UnmappedTree(call, "not mapped: the call activity names no calledElement");
            return;
        }

        var key = BpmnNames.Key(called.Contains(':', StringComparison.Ordinal) ? called[(called.IndexOf(':', StringComparison.Ordinal) + 1)..] : called);
        var node = AddNode(scope, call, NodeType.SubProcess, $"sub-process node running '{key}'", null);
        scope.Nodes[node] = scope.Nodes[node] with { SubProcessKey = key };
        report.Unmapped(call, $"node '{node}' needs the process '{called}' published under the key '{key}' (import its file with that key)");
    }

    /// <summary>Adds a node for <paramref name="element"/> and reports its attributes and children.</summary>
    private string AddNode(
        Scope scope,
        XElement element,
        NodeType type,
        string what,
        Func<NodeDefinition, XElement, NodeDefinition>? eventDefinition,
        Func<XElement, bool>? skipChild = null)
    {
        var bpmnId = element.Attribute("id")?.Value ?? BpmnNames.TypeOf(element);
        var id = scope.Unique(BpmnNames.Id(bpmnId));
        scope.NodeIds[bpmnId] = id;
        scope.Elements[id] = element;
        scope.Order.Add(id);
        var node = new NodeDefinition { Id = id, Name = Name(element) ?? bpmnId, Type = type };
        report.Mapped(element, id == bpmnId ? what : $"{what}, id '{id}' (the BPMN id is not in the id syntax)");
        ReportDetails(element, definition => node = eventDefinition is null ? Unmapped(definition) : eventDefinition(node, definition), skipChild);
        scope.Nodes[id] = node;
        return id;

        NodeDefinition Unmapped(XElement definition)
        {
            report.UnmappedTree(definition, $"not mapped: {definition.Name.LocalName} on a {element.Name.LocalName}");
            return node;
        }
    }

    /// <summary>
    /// Reports the attributes and child elements of a mapped element: vendor attributes and extensions, and any child that
    /// is not an event definition (handed to <paramref name="eventDefinition"/>), skipped, or an incoming/outgoing reference.
    /// </summary>
    private void ReportDetails(XElement element, Action<XElement> eventDefinition, Func<XElement, bool>? skipChild)
    {
        ReportAttributes(element);
        foreach (var child in element.Elements())
        {
            if (skipChild?.Invoke(child) == true)
            {
                continue;
            }

            if (child.Name.Namespace != BpmnNames.Model)
            {
                report.UnmappedTree(child, "vendor extension, not mapped");
            }
            else if (child.Name.LocalName is "incoming" or "outgoing")
            {
                // They repeat the sequence flows' sourceRef and targetRef; the flows are mapped.
            }
            else if (child.Name.LocalName == "extensionElements")
            {
                ReportExtensions(child);
            }
            else if (child.Name.LocalName.EndsWith("EventDefinition", StringComparison.Ordinal) || child.Name.LocalName == "eventDefinitionRef")
            {
                eventDefinition(child);
            }
            else
            {
                report.UnmappedTree(child, ChildReason(child));
            }
        }
    }

    private static string ChildReason(XElement child) => child.Name.LocalName switch
    {
        "potentialOwner" or "humanPerformer" or "performer" =>
            "not mapped: BPMN resource assignments do not name organisation members; add assignee rules",
        "multiInstanceLoopCharacteristics" or "standardLoopCharacteristics" =>
            "not mapped: loops and multi-instance; for several approvers use an approval mode (all, any-one, sequential)",
        _ => WhyNot(child),
    };

    public void ReportAttributes(XElement element)
    {
        foreach (var attribute in element.Attributes())
        {
            if (attribute.IsNamespaceDeclaration)
            {
                continue;
            }

            var ns = attribute.Name.Namespace;
            if (ns != XNamespace.None && ns != BpmnNames.Model && ns != BpmnNames.Xsi)
            {
                if (!(BpmnNames.AssigneeVendors.Contains(ns.NamespaceName) && attribute.Name.LocalName == "assignee"))
                {
                    report.Attribute(element, attribute, mapped: false, $"vendor attribute, not mapped (value '{attribute.Value}')");
                }
            }
            else if (ns == XNamespace.None && IsNotDefault(attribute))
            {
                report.Attribute(element, attribute, mapped: false, $"not mapped: {attribute.Name.LocalName}=\"{attribute.Value}\" has no counterpart");
            }
        }
    }

    private static bool IsNotDefault(XAttribute attribute) => attribute.Name.LocalName switch
    {
        "completionQuantity" or "startQuantity" => attribute.Value.Trim() != "1",
        "isForCompensation" => attribute.Value.Trim() == "true",
        "default" => attribute.Parent?.Name.LocalName != "exclusiveGateway",
        _ => false,
    };

    /// <summary>Every vendor element inside <c>extensionElements</c>, one entry each (with any ids inside it).</summary>
    public void ReportExtensions(XElement extensions)
    {
        foreach (var child in extensions.Elements())
        {
            report.UnmappedTree(child, "vendor extension, not mapped");
        }
    }

    /// <summary>The element's name with line breaks and runs of spaces made single spaces; null when it has none.</summary>
    public static string? Name(XElement element) =>
        element.Attribute("name")?.Value is { } name && string.Join(' ', name.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)) is { Length: > 0 } clean
            ? clean
            : null;

    /// <summary>The nodes and flows of one definition being built, and the BPMN ids behind them.</summary>
    private sealed class Scope(string key)
    {
        private readonly HashSet<string> _ids = new(StringComparer.Ordinal);

        public string Key { get; } = key;

        public string? StartId { get; set; }

        public Dictionary<string, string> NodeIds { get; } = new(StringComparer.Ordinal);

        public Dictionary<string, XElement> Elements { get; } = new(StringComparer.Ordinal);

        public Dictionary<string, NodeDefinition> Nodes { get; } = new(StringComparer.Ordinal);

        public List<string> Order { get; } = [];

        public List<FlowDefinition> Flows { get; } = [];

        /// <summary>BPMN id of each mapped flow → its flow id.</summary>
        public Dictionary<string, string> FlowIds { get; } = new(StringComparer.Ordinal);

        /// <summary>BPMN id of each timer boundary event mapped to a deadline → the approval node and whether it interrupts.</summary>
        public Dictionary<string, (string Node, bool Interrupting)> Timers { get; } = new(StringComparer.Ordinal);

        /// <summary>Outgoing sequence flows per BPMN source id, as in the file.</summary>
        public Dictionary<string, int> OutDegree { get; set; } = new(StringComparer.Ordinal);

        public string Unique(string id)
        {
            var candidate = id;
            for (var i = 2; !_ids.Add(candidate); i++)
            {
                candidate = $"{id}_{i}";
            }

            return candidate;
        }
    }
}
