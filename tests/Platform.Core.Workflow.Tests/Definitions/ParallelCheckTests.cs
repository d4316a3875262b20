using Platform.Contracts.Workflow.Definitions;
using Platform.Core.Workflow.Tests.Support;
using static Platform.Core.Workflow.Tests.Definitions.CheckSupport;

namespace Platform.Core.Workflow.Tests.Definitions;

/// <summary>Parallel blocks nest properly: every split's branches meet at one join, nothing jumps in or out, no end inside.</summary>
public sealed class ParallelCheckTests
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
    public async Task Nested_blocks_with_choices_inside_branches_are_sound()
    {
        // start → s1 ─ a ─ s2 ─ b ─ j2 ─ j1 → end
        //            │       └ c ─┘     │
        //            └ x (exclusive) ─ d ┤
        //                  └ default ────┘
        var definition = Process(
            [Start(), Node("s1", NodeType.ParallelSplit), Approval("a"), Node("s2", NodeType.ParallelSplit), Approval("b"), Approval("c"), Node("j2", NodeType.ParallelJoin),
             Node("x", NodeType.Exclusive), Approval("d"), Node("j1", NodeType.ParallelJoin), End()],
            [
                Flow("f1", "start", "s1"), Flow("f2", "s1", "a"), Flow("f3", "a", "s2"), Flow("f4", "s2", "b"), Flow("f5", "s2", "c"),
                Flow("f6", "b", "j2"), Flow("f7", "c", "j2"), Flow("f8", "j2", "j1"), Flow("f9", "s1", "x"), Flow("f10", "x", "d", condition: "amount > 5"),
                Flow("f11", "x", "j1", isDefault: true), Flow("f12", "d", "j1"), Flow("f13", "j1", "end"),
            ]);

        Assert.That((await _harness.CheckAsync(definition)).Lines(), Is.Empty);
    }

    [Test]
    public async Task Branches_that_end_without_meeting_are_a_split_without_join_and_ends_inside()
    {
        var definition = Process(
            [Start(), Node("s", NodeType.ParallelSplit), Approval("a"), Approval("b"), End("end1"), End("end2")],
            [Flow("f1", "start", "s"), Flow("f2", "s", "a"), Flow("f3", "s", "b"), Flow("f4", "a", "end1"), Flow("f5", "b", "end2")]);

        var problems = (await _harness.CheckAsync(definition)).Lines();

        Assert.That(problems, Is.EquivalentTo(new[] { "split_without_join @ nodes[1]", "end_in_parallel @ nodes[4]", "end_in_parallel @ nodes[5]" }));
    }

    [Test]
    public async Task A_join_after_an_exclusive_choice_closes_no_split()
    {
        var definition = Process(
            [Start(), Node("x", NodeType.Exclusive), Approval("a"), Approval("b"), Node("j", NodeType.ParallelJoin), End()],
            [Flow("f1", "start", "x"), Flow("f2", "x", "a", condition: "amount > 5"), Flow("f3", "x", "b", isDefault: true), Flow("f4", "a", "j"), Flow("f5", "b", "j"), Flow("f6", "j", "end")]);

        Assert.That((await _harness.CheckAsync(definition)).Lines(), Is.EqualTo(new[] { "join_without_split @ nodes[4]" }));
    }

    [Test]
    public async Task Branches_meeting_at_different_joins_are_a_mismatch()
    {
        var definition = Process(
            [Start(), Node("s", NodeType.ParallelSplit), Approval("a"), Approval("b"), Node("j1", NodeType.ParallelJoin), Node("j2", NodeType.ParallelJoin), Approval("c"), End()],
            [
                Flow("f1", "start", "s"), Flow("f2", "s", "a"), Flow("f3", "s", "b"), Flow("f4", "a", "j1"), Flow("f5", "b", "j2"),
                Flow("f6", "a", "j2"), Flow("f7", "b", "j1"), Flow("f8", "j1", "c"), Flow("f9", "j2", "c"), Flow("f10", "c", "end"),
            ]);

        var problems = (await _harness.CheckAsync(definition)).Lines();

        Assert.That(problems, Does.Contain("join_mismatch @ nodes[1]"));
        Assert.That(problems, Does.Contain("join_without_split @ nodes[4]").And.Contain("join_without_split @ nodes[5]"));
    }

    [Test]
    public async Task A_flow_jumping_into_a_block_or_into_its_join_from_outside_is_a_mismatch()
    {
        // x chooses between the split and a shortcut into branch b (into the block) or straight to the join.
        var definition = Process(
            [Start(), Node("x", NodeType.Exclusive), Node("s", NodeType.ParallelSplit), Approval("a"), Approval("b"), Node("j", NodeType.ParallelJoin), End(), Node("y", NodeType.Exclusive)],
            [
                Flow("f1", "start", "x"), Flow("f2", "x", "s", isDefault: true), Flow("f3", "x", "b", condition: "amount > 5"), Flow("f4", "s", "a"), Flow("f5", "s", "b"),
                Flow("f6", "a", "j"), Flow("f7", "b", "j"), Flow("f8", "j", "end"), Flow("f9", "x", "y", condition: "amount > 9"), Flow("f10", "y", "j", isDefault: true),
            ]);

        var problems = (await _harness.CheckAsync(definition)).Lines();

        Assert.That(problems, Is.EquivalentTo(new[] { "join_mismatch @ flows[2]", "join_mismatch @ flows[9]" }));
    }

    [Test]
    public async Task A_branch_leading_back_to_its_split_and_one_branch_splits_and_joins_are_refused()
    {
        var looping = Process(
            [Start(), Node("s", NodeType.ParallelSplit), Approval("a"), Node("x", NodeType.Exclusive), Node("j", NodeType.ParallelJoin), End(), Approval("b")],
            [
                Flow("f1", "start", "s"), Flow("f2", "s", "a"), Flow("f3", "s", "b"), Flow("f4", "a", "x"), Flow("f5", "x", "s", condition: "amount > 5"),
                Flow("f6", "x", "j", isDefault: true), Flow("f7", "b", "j"), Flow("f8", "j", "end"),
            ]);
        var single = Process(
            [Start(), Node("s", NodeType.ParallelSplit), Approval("a"), Node("j", NodeType.ParallelJoin), End()],
            [Flow("f1", "start", "s"), Flow("f2", "s", "a"), Flow("f3", "a", "j"), Flow("f4", "j", "end")]);

        Assert.That((await _harness.CheckAsync(looping)).Lines(), Is.EqualTo(new[] { "join_mismatch @ nodes[1]" }));
        Assert.That((await _harness.CheckAsync(single)).Lines(), Is.EquivalentTo(new[] { "split_too_few_branches @ nodes[1]", "join_too_few_branches @ nodes[3]" }));
    }
}
