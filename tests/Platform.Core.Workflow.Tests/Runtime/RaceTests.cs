using Platform.Contracts.Errors;
using Platform.Contracts.Workflow.Definitions;
using Platform.Contracts.Workflow.Runtime;
using Platform.Core.Workflow.Tests.Support;
using static Platform.Core.Workflow.Tests.Support.Processes;

namespace Platform.Core.Workflow.Tests.Runtime;

public sealed class RaceTests
{
    private WorkflowHarness _h = null!;

    [SetUp]
    public async Task SetUp()
    {
        _h = await WorkflowHarness.StartAsync();
        await _h.PublishFormAsync();
        await _h.PublishAsync(Chain("race",
            Approval("anyone", ApprovalMode.AnyOne, Member(_h.Id("bob")), Member(_h.Id("harry")), Member(_h.Id("lena"))),
            Approval("next", ApprovalMode.Single, Member(_h.Id("carol")))));
    }

    [TearDown]
    public async Task TearDown() => await _h.DisposeAsync();

    [Test]
    public async Task Racing_approvals_advance_the_instance_once_and_the_losers_get_a_conflict()
    {
        for (var round = 0; round < 5; round++)
        {
            var instance = await _h.StartAsync("alice", "race");
            var items = (await _h.ItemsAsync(instance.Id)).ToDictionary(i => i.AssigneeId, i => i.Id);

            // Three members act at the same moment, each in its own scope (as three HTTP requests would).
            var attempts = new[] { "bob", "harry", "lena" }.Select(login => Task.Run(async () =>
            {
                try
                {
                    return (object)await _h.ActAsync(login, new WorkflowAction(ActionKind.Approve) { WorkItemId = items[_h.Id(login)] });
                }
                catch (PlatformException error)
                {
                    return error;
                }
            })).ToList();
            var results = await Task.WhenAll(attempts);

            Assert.That(results.OfType<ActionOutcome>().Count(), Is.EqualTo(1), "exactly one approval wins");
            Assert.That(results.OfType<PlatformException>().Select(e => e.Kind), Is.All.EqualTo(ErrorKind.Conflict));
            var history = await _h.HistoryAsync(instance.Id);
            Assert.That(history.Count(h => h.Action == "approved"), Is.EqualTo(1));
            Assert.That((await _h.ItemsAsync(instance.Id)).Count(i => i.NodeId == "next"), Is.EqualTo(1), "the next node is entered once");
        }
    }
}
