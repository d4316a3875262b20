using System.Xml.Linq;
using Platform.Contracts.Workflow.Definitions;

namespace Platform.Core.Workflow.Bpmn;

/// <summary>Sequence flows, their conditions and defaults, and timer boundary events.</summary>
internal sealed partial class BpmnMapper
{
    private void MapBoundary(Scope scope, XElement boundary)
    {
        var attachedTo = boundary.Attribute("attachedToRef")?.Value ?? "";
        var timer = boundary.Element(BpmnNames.Model + "timerEventDefinition");
        if (timer is null)
        {
            var kinds = string.Join(", ", boundary.Elements().Select(e => e.Name.LocalName).Where(n => n.EndsWith("EventDefinition", StringComparison.Ordinal)));
            report.UnmappedTree(boundary, $"not mapped: boundary events other than timers ({(kinds.Length > 0 ? kinds : "none")}) have no counterpart");
            return;
        }

        if (!scope.NodeIds.TryGetValue(attachedTo, out var nodeId) || scope.Nodes[nodeId].Approval is not { } approval)
        {
            report.UnmappedTree(boundary, $"not mapped: a timer on '{attachedTo}', which is not an approval node; only timers on user tasks become deadlines");
            return;
        }

        if (timer.Element(BpmnNames.Model + "timeDuration") is not { } duration)
        {
            report.UnmappedTree(boundary, "not mapped: a timer by date or cycle (timeDate, timeCycle); only durations become deadlines");
            return;
        }

        if (BpmnDuration.Parse(duration.Value) is not { } deadline)
        {
            report.UnmappedTree(boundary, $"not mapped: '{duration.Value.Trim()}' is not an ISO-8601 duration in weeks, days, hours or minutes");
            return;
        }

        if (approval.Deadline is not null)
        {
            report.UnmappedTree(boundary, $"not mapped: approval node '{nodeId}' already has its deadline from another timer");
            return;
        }

        var interrupting = boundary.Attribute("cancelActivity")?.Value.Trim() != "false";
        scope.Nodes[nodeId] = scope.Nodes[nodeId] with { Approval = approval with { Deadline = deadline } };
        scope.Timers[boundary.Attribute("id")?.Value ?? ""] = (nodeId, interrupting);
        var what = $"deadline of approval node '{nodeId}': {deadline.Amount} {deadline.Unit.ToString().ToLowerInvariant()}";
        report.Mapped(boundary, what + (interrupting ? " (interrupting timer)" : " (non-interrupting timer)"));
        ReportDetails(
            boundary,
            definition =>
            {
                if (definition == timer)
                {
                    report.Mapped(timer, what);
                    report.Mapped(duration, what);
                    foreach (var other in timer.Elements().Where(e => e != duration))
                    {
                        report.UnmappedTree(other, ChildReason(other));
                    }
                }
                else
                {
                    report.UnmappedTree(definition, $"not mapped: a second trigger ({definition.Name.LocalName}) on the timer");
                }
            },
            skipChild: null);
    }

    private void MapFlow(Scope scope, XElement flow)
    {
        var bpmnId = flow.Attribute("id")?.Value ?? "flow";
        var source = flow.Attribute("sourceRef")?.Value ?? "";
        var target = flow.Attribute("targetRef")?.Value ?? "";
        var condition = flow.Element(BpmnNames.Model + "conditionExpression");
        if (!scope.NodeIds.TryGetValue(source, out var from) || !scope.NodeIds.TryGetValue(target, out var to))
        {
            var reason = scope.Timers.TryGetValue(source, out var timer)
                ? $"not mapped: the {(timer.Interrupting ? "interrupting" : "non-interrupting")} timer path from approval node '{timer.Node}' to '{target}'; "
                  + "the deadline is kept, with no automatic action on timeout (choose one: auto-approve, escalate or transfer)"
                : !scope.NodeIds.ContainsKey(source)
                    ? $"not mapped: its source '{source}' is not mapped"
                    : $"not mapped: its target '{target}' is not mapped";
            if (condition is not null)
            {
                var language = Language(condition);
                if (!string.IsNullOrWhiteSpace(condition.Value) && BpmnNames.IsForeignLanguage(language))
                {
                    report.Foreign(bpmnId, language, condition.Value, condition, $"written in {language}, on a flow that is not mapped ({reason[12..]})");
                }

                report.Unmapped(condition, $"not mapped with its flow '{bpmnId}'; the condition was: {(string.IsNullOrWhiteSpace(condition.Value) ? "(empty)" : condition.Value.Trim())}");
            }

            report.UnmappedTree(flow, reason);
            return;
        }

        var id = scope.Unique(BpmnNames.Id(bpmnId));
        scope.FlowIds[bpmnId] = id;
        var sourceElement = scope.Elements[from];
        var sourceType = scope.Nodes[from].Type;
        var isDefault = sourceType == NodeType.Exclusive && sourceElement.Attribute("default")?.Value == bpmnId;
        var what = id == bpmnId ? "flow" : $"flow, id '{id}' (the BPMN id is not in the id syntax)";
        if (isDefault)
        {
            what += $"; the default of '{from}'";
        }

        var text = Condition(bpmnId, condition, sourceType, isDefault);
        if (sourceType == NodeType.Exclusive && !isDefault && text is null && string.IsNullOrWhiteSpace(condition?.Value)
            && sourceElement.Attribute("default") is null && scope.OutDegree.GetValueOrDefault(source) == 1)
        {
            isDefault = true;
            what += $"; the only way out of '{from}' (a merge), so its default";
        }

        scope.Flows.Add(new FlowDefinition { Id = id, From = from, To = to, Condition = text, IsDefault = isDefault, Name = Name(flow) });
        report.Mapped(flow, what);
        ReportDetails(flow, definition => report.UnmappedTree(definition, WhyNot(definition)), skipChild: c => c == condition);
    }

    /// <summary>
    /// The condition to keep on a mapped flow: only one on a flow leaving an exclusive node, not its default, in a language
    /// that is not a known foreign one, and valid in the expression language. Anything else is reported, verbatim.
    /// </summary>
    private string? Condition(string flowId, XElement? condition, NodeType sourceType, bool isDefault)
    {
        if (condition is null)
        {
            return null;
        }

        var text = condition.Value;
        ReportAttributes(condition);
        if (string.IsNullOrWhiteSpace(text))
        {
            report.Unmapped(condition, "an empty condition: the flow is mapped without one");
            return null;
        }

        var language = Language(condition);
        var foreign = BpmnNames.IsForeignLanguage(language);
        if (sourceType != NodeType.Exclusive)
        {
            var where = $"only flows leaving an exclusive gateway have conditions; this one leaves the {sourceType.ToString().ToLowerInvariant()} node";
            if (foreign)
            {
                report.Foreign(flowId, language, text, condition, $"written in {language}; besides, {where}");
            }

            report.Unmapped(condition, $"not mapped: {where} (condition: {text.Trim()})");
            return null;
        }

        if (isDefault)
        {
            if (foreign)
            {
                report.Foreign(flowId, language, text, condition, $"written in {language}, on the default flow, where BPMN ignores it");
            }

            report.Unmapped(condition, "not mapped: a condition on the default flow (BPMN ignores it too)");
            return null;
        }

        if (foreign)
        {
            report.Foreign(flowId, language, text, condition, $"written in {language}, which this engine does not run");
            report.Unmapped(condition, $"a condition in {language}: kept verbatim in the foreign conditions; the flow is mapped without it");
            return null;
        }

        if (expressions.Check(text) is { Count: > 0 } errors)
        {
            var first = errors[0];
            report.Foreign(flowId, language, text, condition, $"not valid in the expression language (line {first.Line}, column {first.Column}: {first.Message})");
            report.Unmapped(condition, "a condition that is not valid in the expression language: kept verbatim in the foreign conditions; the flow is mapped without it");
            return null;
        }

        report.Mapped(condition, language == BpmnNames.PlatformExpressions
            ? "the flow's condition"
            : $"the flow's condition: the language '{language}' is not a known foreign one and the text is valid in the expression language");
        return text;
    }

    private string Language(XElement condition) => condition.Attribute("language")?.Value is { Length: > 0 } own ? own : defaultLanguage;

    /// <summary>Reports what stands in the way of running the branches as BPMN meant them (judged on the file's flows).</summary>
    private void CheckBranches(Scope scope, IReadOnlyList<XElement> flows)
    {
        foreach (var (id, node) in scope.Nodes)
        {
            var element = scope.Elements[id];
            var bpmnId = element.Attribute("id")?.Value ?? "";
            var outgoing = flows.Where(f => f.Attribute("sourceRef")?.Value == bpmnId).ToList();
            var defaultFlow = element.Attribute("default")?.Value;
            if (node.Type == NodeType.Exclusive && outgoing.Count > 1)
            {
                var problems = new List<string>();
                if (defaultFlow is null)
                {
                    problems.Add("it has no default flow");
                }

                var bare = outgoing.Where(f => f.Attribute("id")?.Value != defaultFlow && string.IsNullOrWhiteSpace(f.Element(BpmnNames.Model + "conditionExpression")?.Value))
                    .Select(f => f.Attribute("id")?.Value).ToList();
                if (bare.Count > 0)
                {
                    problems.Add($"flows without a condition: {string.Join(", ", bare)}");
                }

                var lost = scope.Flows.Where(f => f.From == id && !f.IsDefault && f.Condition is null).Select(f => f.Id)
                    .Where(f => outgoing.Any(o => scope.FlowIds.GetValueOrDefault(o.Attribute("id")?.Value ?? "") == f && !bare.Contains(o.Attribute("id")?.Value)))
                    .ToList();
                if (lost.Count > 0)
                {
                    problems.Add($"conditions not taken over (see the foreign conditions): {string.Join(", ", lost)}");
                }

                if (problems.Count > 0)
                {
                    report.Unmapped(element, $"the exclusive node '{id}' cannot choose as it stands: {string.Join("; ", problems)}");
                }
            }
            else if (node.Type is NodeType.Start or NodeType.Approval or NodeType.SubProcess && outgoing.Count > 1)
            {
                report.Unmapped(element, $"'{id}' has {outgoing.Count} outgoing flows without a gateway (a parallel split in BPMN, or conditional flows): put a gateway after it");
            }

            if (node.Type == NodeType.Exclusive && element.Attribute("default") is { } @default && !scope.FlowIds.ContainsKey(@default.Value))
            {
                report.Attribute(element, @default, mapped: false, $"not mapped: the default flow '{@default.Value}' is not mapped");
            }
        }
    }
}
