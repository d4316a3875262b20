using Platform.Contracts.Workflow.Definitions;
using Platform.Core.Workflow.Tests.Support;
using static Platform.Core.Workflow.Tests.Definitions.CheckSupport;

namespace Platform.Core.Workflow.Tests.Definitions;

/// <summary>The graph rules: ids, start and end, flow endpoints, outgoing flows, reachability, exclusive defaults and conditions.</summary>
public sealed class StructureCheckTests
{
    private WorkflowHarness _harness = null!;

    [OneTimeSetUp]
    public async Task StartAsync()
    {
        _harness = await WorkflowHarness.StartAsync();
        await PurchaseProcess.PrepareAsync(_harness);
    }

    [OneTimeTearDown]
    public async Task StopAsync() => await _harness.DisposeAsync();

    [Test]
    public async Task Every_graph_problem_is_reported_together_with_its_path()
    {
        var definition = Process(
            [Start("start1"), Start("start2"), Approval("a b"), Approval("dup"), Approval("dup"), Approval("orphan"), End(), Approval("stuck")],
            [
                Flow("f1", "start1", "dup"),
                Flow("f1", "dup", "end"),
                Flow("f3", "dup", "ghost"),
                Flow("f4", "end", "dup"),
                Flow("f5", "dup", "start1"),
                Flow("f6", "start1", "end", condition: "amount > 0"),
                Flow("f7", "dup", "end", isDefault: true),
                Flow("f8", "dup", "stuck"),
            ]);

        var problems = (await _harness.CheckAsync(definition)).Lines();

        Assert.That(problems, Is.SupersetOf(new[]
        {
            "several_starts @ nodes[1].type",
            "id_invalid @ nodes[2].id",
            "duplicate_node @ nodes[4].id",
            "duplicate_flow @ flows[1].id",
            "unknown_node @ flows[2].to",
            "end_has_outgoing @ flows[3].from",
            "start_has_incoming @ flows[4].to",
            "condition_on_non_exclusive @ flows[5].condition",
            "default_on_non_exclusive @ flows[6].isDefault",
            "several_outgoing @ nodes[0]",
            "several_outgoing @ nodes[3]",
            "unreachable_node @ nodes[1]",
            "unreachable_node @ nodes[5]",
            "dead_end @ nodes[7]",
        }));
    }

    [Test]
    public async Task A_process_needs_a_key_a_name_a_start_and_an_end()
    {
        var definition = Process([Approval("a")], []) with { Key = "Leave Request!", Name = " " };

        var problems = (await _harness.CheckAsync(definition)).Lines();

        Assert.That(problems, Is.SupersetOf(new[] { "key_invalid @ key", "required @ name", "no_start @ nodes", "no_end @ nodes" }));
    }

    [Test]
    public async Task A_loop_that_never_reaches_an_end_is_a_dead_end()
    {
        var definition = Process(
            [Start(), Approval("a"), Approval("b"), Node("x", NodeType.Exclusive), End()],
            [Flow("f1", "start", "a"), Flow("f2", "a", "b"), Flow("f3", "b", "a"), Flow("f4", "start", "x")]);
        var looping = Process(
            [Start(), Approval("a"), Approval("b"), End()],
            [Flow("f1", "start", "a"), Flow("f2", "a", "b"), Flow("f3", "b", "a")]);

        var problems = (await _harness.CheckAsync(looping)).Lines();

        Assert.That(problems, Is.SupersetOf(new[] { "dead_end @ nodes[1]", "dead_end @ nodes[2]", "unreachable_node @ nodes[3]" }));
        Assert.That((await _harness.CheckAsync(definition)).Lines(), Does.Contain("dead_end @ nodes[3]"));
    }

    [Test]
    public async Task Exclusive_nodes_need_one_default_and_sound_conditions_over_the_form()
    {
        var definition = Process(
            [Start(), Node("x", NodeType.Exclusive), Approval("a"), Approval("b"), Approval("c"), Approval("d"), Node("y", NodeType.Exclusive), Node("z", NodeType.Exclusive), End()],
            [
                Flow("f0", "start", "x"),
                Flow("f1", "x", "a", condition: "amount >"),
                Flow("f2", "x", "b"),
                Flow("f3", "x", "c", condition: "amout > 5 && applicant.level > 2"),
                Flow("f4", "x", "d", condition: "items.price > 0"),
                Flow("f5", "x", "y", condition: "items.some(r => r.cost > 100) && `${title}!` != '' && count(items, (row, i) => row.what == 'pen') > 0 && ({ a: amount }).a > 0"),
                Flow("f6", "x", "z", isDefault: true),
                Flow("f7", "y", "end", isDefault: true),
                Flow("f8", "y", "end", isDefault: true),
                Flow("f9", "z", "end", condition: "amount > 10"),
                Flow("f10", "a", "end"),
                Flow("f11", "b", "end"),
                Flow("f12", "c", "end"),
                Flow("f13", "d", "end"),
            ]);

        var problems = await _harness.CheckAsync(definition);

        Assert.That(problems.Lines(), Is.EquivalentTo(new[]
        {
            "condition_invalid @ flows[1].condition",
            "condition_missing @ flows[2].condition",
            "condition_unknown_field @ flows[3].condition",
            "condition_unknown_field @ flows[4].condition",
            "several_defaults @ flows[8].isDefault",
            "exclusive_without_default @ nodes[7]",
        }));
        Assert.That(problems.Single(p => p.Path == "flows[1].condition").Message, Does.Match(@"at 1:\d+\.$"));
        Assert.That(problems.Single(p => p.Path == "flows[3].condition").Message, Does.Contain("'amout'"));
        Assert.That(problems.Single(p => p.Path == "flows[4].condition").Message, Does.Contain("'price' is not a column of sub-table 'items'"));
    }

    [Test]
    public async Task Without_a_form_a_condition_may_read_only_the_applicant()
    {
        var definition = Process(
            [Start(), Node("x", NodeType.Exclusive), Approval("a"), End()],
            [Flow("f1", "start", "x"), Flow("f2", "x", "a", condition: "applicant.level > 3 && amount > 5"), Flow("f3", "x", "end", isDefault: true), Flow("f4", "a", "end")],
            formKey: null);

        var problems = await _harness.CheckAsync(definition);

        Assert.That(problems.Lines(), Is.EqualTo(new[] { "condition_unknown_field @ flows[1].condition" }));
        Assert.That(problems[0].Message, Does.Contain("'amount'"));
    }
}
