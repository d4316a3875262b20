using Platform.Contracts.Errors;
using Platform.Contracts.Workflow.Definitions;
using static Platform.Core.Workflow.Tests.Bpmn.BpmnSupport;

namespace Platform.Core.Workflow.Tests.Bpmn;

/// <summary>Hand-written BPMN for the rules the reference models do not exercise.</summary>
public sealed class SnippetTests
{
    private const string Approval = """
            <startEvent id="start" name="Apply"/>
            <userTask id="approve" name="Approve"/>
            <endEvent id="end"/>
            <sequenceFlow id="f1" sourceRef="start" targetRef="approve"/>
            <sequenceFlow id="f2" sourceRef="approve" targetRef="end"/>
        """;

    [Test]
    public async Task A_linear_approval_maps_completely_with_key_and_name_from_the_process()
    {
        var result = await ImportAsync(Document(Approval));

        Assert.That(result.Definition.Key, Is.EqualTo("leave_request"));
        Assert.That(result.Definition.Name, Is.EqualTo("Leave request"));
        Assert.That(result.Definition.Nodes.Select(n => (n.Id, n.Type)), Is.EqualTo(new[] { ("start", NodeType.Start), ("approve", NodeType.Approval), ("end", NodeType.End) }));
        Assert.That(result.Definition.Flows.Select(f => (f.From, f.To)), Is.EqualTo(new[] { ("start", "approve"), ("approve", "end") }));
        Assert.That(Node(result, "end").Name, Is.EqualTo("end"), "an element without a name is named by its id");
        Assert.That(result.Report.Unmapped.Select(n => n.Message), Is.EqualTo(new[] { "approval node 'approve' has no assignee: none could be mapped; add assignee rules before publishing" }));
    }

    [Test]
    public async Task Key_and_name_can_be_chosen_and_process_ids_are_reduced_to_the_key_syntax()
    {
        var chosen = await ImportAsync(Document(Approval), new BpmnImportOptions { Key = "leave", Name = "Leave" });
        var derived = await ImportAsync(Document(Approval).Replace("id=\"Leave_Request\"", "id=\"_Leave Request:2\"", StringComparison.Ordinal));

        Assert.That((chosen.Definition.Key, chosen.Definition.Name), Is.EqualTo(("leave", "Leave")));
        Assert.That(derived.Definition.Key, Is.EqualTo("leave-request-2"));
    }

    [Test]
    public async Task Conditions_in_the_expression_language_are_kept_and_the_default_flow_is_marked()
    {
        var xml = Document(
            """
                <startEvent id="start"/>
                <exclusiveGateway id="amount" default="small"/>
                <userTask id="ceo" camunda:assignee="carol"/>
                <endEvent id="end"/>
                <sequenceFlow id="f1" sourceRef="start" targetRef="amount"/>
                <sequenceFlow id="big" sourceRef="amount" targetRef="ceo">
                  <conditionExpression xsi:type="tFormalExpression">amount &gt; 10000</conditionExpression>
                </sequenceFlow>
                <sequenceFlow id="small" sourceRef="amount" targetRef="end">
                  <conditionExpression xsi:type="tFormalExpression">amount &lt;= 10000</conditionExpression>
                </sequenceFlow>
                <sequenceFlow id="f4" sourceRef="ceo" targetRef="end"/>
            """,
            attributes: "expressionLanguage=\"urn:platform:expressions\"");

        var result = await ImportAsync(xml);

        Assert.That(Flow(result, "big").Condition, Is.EqualTo("amount > 10000"));
        Assert.That(Flow(result, "big").IsDefault, Is.False);
        Assert.That(Flow(result, "small").IsDefault, Is.True);
        Assert.That(Flow(result, "small").Condition, Is.Null, "BPMN ignores a condition on the default flow");
        Assert.That(result.Report.Unmapped.Select(n => n.Message), Has.One.Contains("default flow (BPMN ignores it too)"));
        Assert.That(result.Report.ForeignConditions, Is.Empty);
        Assert.That(Node(result, "ceo").Approval!.Assignees.Single(), Is.EqualTo(new AssigneeRule { Kind = AssigneeKind.Member, Value = "carol" }));
        Assert.That(result.Report.Unmapped.Where(n => n.ElementType != "conditionExpression"), Is.Empty);
    }

    [TestCase("", "http://www.w3.org/1999/XPath", Description = "without a language anywhere, BPMN's default, XPath, applies")]
    [TestCase("language=\"https://www.omg.org/spec/FEEL/20140401\"", "https://www.omg.org/spec/FEEL/20140401")]
    [TestCase("language=\"juel\"", "juel")]
    [TestCase("language=\"javascript\"", "javascript", Description = "JavaScript of another engine binds other names: never taken")]
    [TestCase("language=\"http://www.jcp.org/en/jsr/detail?id=245\"", "http://www.jcp.org/en/jsr/detail?id=245", Description = "JUEL (unified EL)")]
    public async Task Conditions_in_foreign_languages_are_never_taken_even_when_they_would_parse(string language, string reported)
    {
        var xml = Document(
            $"""
                <startEvent id="start"/>
                <exclusiveGateway id="gw" default="no"/>
                <endEvent id="end"/>
                <sequenceFlow id="f1" sourceRef="start" targetRef="gw"/>
                <sequenceFlow id="yes" sourceRef="gw" targetRef="end"><conditionExpression xsi:type="tFormalExpression" {language}>amount &gt; 10</conditionExpression></sequenceFlow>
                <sequenceFlow id="no" sourceRef="gw" targetRef="end"/>
            """);

        var result = await ImportAsync(xml);

        Assert.That(Flow(result, "yes").Condition, Is.Null);
        Assert.That(result.Report.ForeignConditions.Single(), Is.EqualTo(new BpmnForeignCondition("yes", reported, "amount > 10", 9, $"written in {reported}, which this engine does not run")));
        Assert.That(Unmapped(result, "gw").Single().Message, Does.Contain("conditions not taken over"));
    }

    [Test]
    public async Task A_condition_in_an_unknown_language_that_is_not_valid_in_ours_is_kept_verbatim_in_the_report()
    {
        var xml = Document(
            """
                <startEvent id="start"/>
                <exclusiveGateway id="gw" default="no"/>
                <endEvent id="end"/>
                <sequenceFlow id="f1" sourceRef="start" targetRef="gw"/>
                <sequenceFlow id="yes" sourceRef="gw" targetRef="end"><conditionExpression xsi:type="tFormalExpression">${days &gt; 3}</conditionExpression></sequenceFlow>
                <sequenceFlow id="no" sourceRef="gw" targetRef="end"/>
            """,
            attributes: "expressionLanguage=\"urn:acme:rules\"");

        var result = await ImportAsync(xml);

        var foreign = result.Report.ForeignConditions.Single();
        Assert.That((foreign.Expression, foreign.Language), Is.EqualTo(("${days > 3}", "urn:acme:rules")), "the file-wide language applies");
        Assert.That(foreign.Reason, Does.Contain("not valid in the expression language"), "an unknown language is taken only when the text is valid in ours");
    }

    [Test]
    public async Task A_condition_in_an_unknown_language_that_is_valid_in_ours_is_kept_and_the_choice_is_reported()
    {
        var xml = Document(
            """
                <startEvent id="start"/>
                <exclusiveGateway id="gw" default="no"/>
                <endEvent id="end"/>
                <sequenceFlow id="f1" sourceRef="start" targetRef="gw"/>
                <sequenceFlow id="yes" sourceRef="gw" targetRef="end"><conditionExpression xsi:type="tFormalExpression" language="urn:acme:rules">days &gt; 3</conditionExpression></sequenceFlow>
                <sequenceFlow id="no" sourceRef="gw" targetRef="end"/>
            """);

        var result = await ImportAsync(xml);

        Assert.That(Flow(result, "yes").Condition, Is.EqualTo("days > 3"));
        Assert.That(result.Report.Mapped.Single(n => n.ElementType == "conditionExpression").Message, Does.Contain("'urn:acme:rules' is not a known foreign one"));
    }

    [Test]
    public async Task Parallel_gateways_become_split_and_join_by_their_flows_and_a_mixed_one_is_reported()
    {
        var xml = Document(
            """
                <startEvent id="start"/>
                <parallelGateway id="split"/>
                <userTask id="a"/>
                <userTask id="b"/>
                <parallelGateway id="join"/>
                <parallelGateway id="mixed"/>
                <endEvent id="end"/>
                <sequenceFlow id="f1" sourceRef="start" targetRef="split"/>
                <sequenceFlow id="f2" sourceRef="split" targetRef="a"/>
                <sequenceFlow id="f3" sourceRef="split" targetRef="b"/>
                <sequenceFlow id="f4" sourceRef="a" targetRef="join"/>
                <sequenceFlow id="f5" sourceRef="b" targetRef="join"/>
                <sequenceFlow id="f6" sourceRef="join" targetRef="end"/>
                <sequenceFlow id="m1" sourceRef="a" targetRef="mixed"/>
                <sequenceFlow id="m2" sourceRef="b" targetRef="mixed"/>
                <sequenceFlow id="m3" sourceRef="mixed" targetRef="end"/>
                <sequenceFlow id="m4" sourceRef="mixed" targetRef="start"/>
            """);

        var result = await ImportAsync(xml);

        Assert.That(Node(result, "split").Type, Is.EqualTo(NodeType.ParallelSplit));
        Assert.That(Node(result, "join").Type, Is.EqualTo(NodeType.ParallelJoin));
        Assert.That(result.Definition.Nodes.Any(n => n.Id == "mixed"), Is.False);
        Assert.That(Unmapped(result, "mixed").Single().Message, Does.Contain("neither a split nor a join"));
        Assert.That(Unmapped(result, "m1").Single().Message, Does.Contain("target 'mixed' is not mapped"));
        Assert.That(Unmapped(result, "a").Select(n => n.Message), Has.Some.Contains("2 outgoing flows without a gateway"));
    }

    [TestCase("PT48H", 48, DurationUnit.Hours)]
    [TestCase("P2D", 2, DurationUnit.Days)]
    [TestCase("P1W", 7, DurationUnit.Days)]
    [TestCase("P1DT12H", 36, DurationUnit.Hours)]
    [TestCase("PT90M", 90, DurationUnit.Minutes)]
    [TestCase("PT120S", 2, DurationUnit.Minutes)]
    public async Task A_timer_duration_on_a_user_task_becomes_its_deadline(string iso, int amount, DurationUnit unit)
    {
        var result = await ImportAsync(Document(Approval + Timer($"<timeDuration>{iso}</timeDuration>", cancel: false)));

        Assert.That(Node(result, "approve").Approval!.Deadline, Is.EqualTo(new Duration(amount, unit)));
        Assert.That(result.Report.Mapped.Single(n => n.ElementId == "timer").Message, Does.Contain("non-interrupting"));
        Assert.That(Unmapped(result, "late").Single().Message, Does.Contain("non-interrupting timer path from approval node 'approve'"));
    }

    [TestCase("<timeDuration>P1M</timeDuration>", "not an ISO-8601 duration", Description = "months vary in length")]
    [TestCase("<timeDuration>${dueIn}</timeDuration>", "not an ISO-8601 duration")]
    [TestCase("<timeDuration>PT30S</timeDuration>", "not an ISO-8601 duration")]
    [TestCase("<timeCycle>R3/PT10H</timeCycle>", "by date or cycle")]
    [TestCase("<timeDate>2026-12-01T10:00:00Z</timeDate>", "by date or cycle")]
    public async Task Timers_that_are_not_plain_durations_are_reported_and_leave_no_deadline(string definition, string reason)
    {
        var result = await ImportAsync(Document(Approval + Timer(definition, cancel: true)));

        Assert.That(Node(result, "approve").Approval!.Deadline, Is.Null);
        Assert.That(Unmapped(result, "timer").Single().Message, Does.Contain(reason));
    }

    [Test]
    public async Task An_embedded_sub_process_becomes_a_definition_of_its_own_run_by_a_sub_process_node()
    {
        var xml = Document(
            """
                <startEvent id="start"/>
                <subProcess id="Review" name="Review">
                  <incoming>f1</incoming>
                  <outgoing>f2</outgoing>
                  <documentation id="doc">Second opinion</documentation>
                  <startEvent id="rs"/>
                  <userTask id="check" name="Check"/>
                  <endEvent id="re"/>
                  <sequenceFlow id="r1" sourceRef="rs" targetRef="check"/>
                  <sequenceFlow id="r2" sourceRef="check" targetRef="re"/>
                </subProcess>
                <endEvent id="end"/>
                <sequenceFlow id="f1" sourceRef="start" targetRef="Review"/>
                <sequenceFlow id="f2" sourceRef="Review" targetRef="end"/>
            """);

        var result = await ImportAsync(xml);

        Assert.That(Node(result, "Review").Type, Is.EqualTo(NodeType.SubProcess));
        Assert.That(Node(result, "Review").SubProcessKey, Is.EqualTo("leave_request.review"));
        var sub = result.SubProcesses.Single();
        Assert.That((sub.Key, sub.Name), Is.EqualTo(("leave_request.review", "Review")));
        Assert.That(sub.Nodes.Select(n => n.Type), Is.EqualTo(new[] { NodeType.Start, NodeType.Approval, NodeType.End }));
        Assert.That(sub.Flows.Select(f => f.Id), Is.EqualTo(new[] { "r1", "r2" }));
        Assert.That(result.Definition.Nodes.Select(n => n.Id), Is.EqualTo(new[] { "start", "Review", "end" }), "the inner nodes stay in their own definition");
        Assert.That(result.Report.Unmapped.Select(n => (n.ElementId, n.ElementType)), Is.EqualTo(new[] { ("doc", "documentation"), ("check", "userTask") }),
            "the documentation once, the inner task's missing assignee; nothing else");
    }

    [Test]
    public async Task A_call_activity_runs_the_called_process_by_key_and_says_it_is_needed()
    {
        var xml = Document(
            """
                <startEvent id="start"/>
                <callActivity id="call" calledElement="Budget_Check"/>
                <endEvent id="end"/>
                <sequenceFlow id="f1" sourceRef="start" targetRef="call"/>
                <sequenceFlow id="f2" sourceRef="call" targetRef="end"/>
            """);

        var result = await ImportAsync(xml);

        Assert.That(Node(result, "call").SubProcessKey, Is.EqualTo("budget_check"));
        Assert.That(Unmapped(result, "call").Single().Message, Does.Contain("needs the process 'Budget_Check' published under the key 'budget_check'"));
    }

    [Test]
    public async Task A_second_start_a_terminate_end_and_an_inclusive_gateway_are_reported_never_guessed()
    {
        var xml = Document(
            """
                <startEvent id="start"/>
                <startEvent id="start2"/>
                <inclusiveGateway id="or"/>
                <endEvent id="end"><terminateEventDefinition id="term"/></endEvent>
                <sequenceFlow id="f1" sourceRef="start" targetRef="or"/>
                <sequenceFlow id="f2" sourceRef="start2" targetRef="end"/>
                <sequenceFlow id="f3" sourceRef="or" targetRef="end"/>
            """);

        var result = await ImportAsync(xml);

        Assert.That(result.Definition.Nodes.Select(n => n.Id), Is.EqualTo(new[] { "start", "end" }));
        Assert.That(Node(result, "end").Type, Is.EqualTo(NodeType.End));
        Assert.That(Unmapped(result, "start2").Single().Message, Does.Contain("the first start event ('start') is the start node"));
        Assert.That(Unmapped(result, "term").Single().Message, Does.Contain("terminate end event mapped to a plain end"));
        Assert.That(Unmapped(result, "or").Single().Message, Does.Contain("inclusiveGateway has no counterpart"));
        Assert.That(result.Definition.Flows, Is.Empty);
    }

    [Test]
    public async Task Other_processes_pools_and_vendor_extensions_are_reported()
    {
        var extra = """
              <process id="Other" isExecutable="false"><startEvent id="o1"/></process>
              <collaboration id="collab">
                <participant id="pool" processRef="Leave_Request"/>
                <messageFlow id="mf" sourceRef="pool" targetRef="pool"/>
              </collaboration>
            """;
        var process = """
                <extensionElements><camunda:properties><camunda:property name="x" value="y"/></camunda:properties></extensionElements>
                <startEvent id="start" camunda:formKey="apply"/>
                <userTask id="approve" camunda:candidateGroups="managers">
                  <extensionElements><camunda:taskListener event="create" class="x.Y"/></extensionElements>
                </userTask>
                <endEvent id="end"/>
                <sequenceFlow id="f1" sourceRef="start" targetRef="approve"/>
                <sequenceFlow id="f2" sourceRef="approve" targetRef="end"/>
            """;

        var result = await ImportAsync(Document(process, extra: extra));

        Assert.That(Unmapped(result, "Other").Single().Message, Does.Contain("only 'Leave_Request' is imported"));
        Assert.That(Unmapped(result, "o1").Single().Message, Does.Contain("inside process 'Other'"));
        Assert.That(Unmapped(result, "collab").Single().Message, Does.Contain("pools"));
        Assert.That(Unmapped(result, "pool"), Is.Not.Empty);
        Assert.That(Unmapped(result, "mf"), Is.Not.Empty);
        Assert.That(result.Report.Unmapped.Select(n => n.ElementType), Is.SupersetOf(new[] { "camunda:properties", "camunda:formKey", "camunda:candidateGroups", "camunda:taskListener" }));
        Assert.That(result.Report.Unmapped.Single(n => n.ElementType == "camunda:candidateGroups").Message, Does.Contain("managers"));
    }

    [Test]
    public async Task Conditional_flows_leaving_a_task_are_reported_with_their_text_and_language()
    {
        var xml = Document(
            """
                <startEvent id="start"/>
                <userTask id="approve"/>
                <endEvent id="end"/>
                <endEvent id="end2"/>
                <sequenceFlow id="f1" sourceRef="start" targetRef="approve"/>
                <sequenceFlow id="big" sourceRef="approve" targetRef="end"><conditionExpression xsi:type="tFormalExpression">amount &gt; 10</conditionExpression></sequenceFlow>
                <sequenceFlow id="small" sourceRef="approve" targetRef="end2"/>
            """);

        var result = await ImportAsync(xml);

        Assert.That(Flow(result, "big").Condition, Is.Null);
        Assert.That(result.Report.ForeignConditions.Single().Reason, Does.Contain("this one leaves the approval node"));
        Assert.That(result.Report.Unmapped.Single(n => n.ElementType == "conditionExpression").Message, Does.Contain("(condition: amount > 10)"));
        Assert.That(Unmapped(result, "approve").Select(n => n.Message), Has.Some.Contains("2 outgoing flows without a gateway"));
    }

    [Test]
    public async Task An_event_sub_process_is_reported_with_everything_inside_it()
    {
        var xml = Document(Approval + """
                <subProcess id="onCancel" triggeredByEvent="true">
                  <startEvent id="cs"><messageEventDefinition id="cm"/></startEvent>
                  <endEvent id="ce"/>
                  <sequenceFlow id="c1" sourceRef="cs" targetRef="ce"/>
                </subProcess>
            """);

        var result = await ImportAsync(xml);

        Assert.That(result.Definition.Nodes.Select(n => n.Id), Is.EqualTo(new[] { "start", "approve", "end" }));
        Assert.That(Unmapped(result, "onCancel").Single().Message, Does.Contain("event sub-processes"));
        Assert.That(new[] { "cs", "cm", "ce", "c1" }.Select(id => Unmapped(result, id).Single().Message), Has.All.Contains("inside subProcess 'onCancel'"));
        Assert.That(result.SubProcesses, Is.Empty);
    }

    [Test]
    public async Task Ids_outside_the_id_syntax_are_rewritten_and_the_report_says_so()
    {
        var xml = Document(Approval.Replace("\"approve\"", "\"approve.1\"", StringComparison.Ordinal));

        var result = await ImportAsync(xml);

        Assert.That(Node(result, "approve_1").Type, Is.EqualTo(NodeType.Approval));
        Assert.That(result.Definition.Flows.Select(f => f.To), Has.Member("approve_1"));
        Assert.That(result.Report.Mapped.Single(n => n.ElementId == "approve.1").Message, Does.Contain("id 'approve_1'"));
    }

    [TestCase("<definitions xmlns=\"http://www.omg.org/spec/BPMN/20100524/MODEL\"><process id=\"p\">", 1, Description = "not closed")]
    [TestCase("<?xml version=\"1.0\"?>\n<definitions xmlns=\"http://www.omg.org/spec/BPMN/20100524/MODEL\">\n  <process id=\"p\"></proces>\n</definitions>", 3)]
    [TestCase("<!DOCTYPE definitions [<!ENTITY x \"y\">]><definitions xmlns=\"http://www.omg.org/spec/BPMN/20100524/MODEL\"/>", 1, Description = "no DTDs")]
    [TestCase("<definitions xmlns=\"http://example.com/not-bpmn\"><process id=\"p\"/></definitions>", 1, Description = "not BPMN")]
    [TestCase("<definitions xmlns=\"http://www.omg.org/spec/BPMN/20100524/MODEL\">\n  <collaboration id=\"c\"/>\n</definitions>", 1, Description = "no process")]
    public void Files_that_are_not_BPMN_models_fail_with_bpmn_invalid_and_a_position(string xml, int line)
    {
        var ex = Assert.ThrowsAsync<PlatformException>(() => ImportAsync(xml));

        Assert.That(ex!.Code, Is.EqualTo("workflow.bpmn_invalid"));
        Assert.That(ex.Kind, Is.EqualTo(ErrorKind.Validation));
        Assert.That(ex.Errors.Single().Message, Does.StartWith($"line {line}, column "));
    }

    private static string Timer(string definition, bool cancel) => $"""
            <boundaryEvent id="timer" attachedToRef="approve" cancelActivity="{(cancel ? "true" : "false")}">
              <timerEventDefinition>{definition}</timerEventDefinition>
            </boundaryEvent>
            <userTask id="remind"/>
            <sequenceFlow id="late" sourceRef="timer" targetRef="remind"/>
        """;
}
