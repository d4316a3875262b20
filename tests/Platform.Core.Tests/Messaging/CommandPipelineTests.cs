using MediatR;
using Microsoft.Extensions.DependencyInjection;
using Platform.Contracts.Errors;
using Platform.Core.Tests.Fixtures.Alpha;
using Platform.Core.Tests.Fixtures.Beta;
using Platform.Core.Tests.Fixtures.Gamma;

namespace Platform.Core.Tests.Messaging;

public sealed class CommandPipelineTests
{
    private TempDirectory _dir = null!;
    private KernelHarness _kernel = null!;

    [SetUp]
    public async Task StartAsync()
    {
        _dir = new TempDirectory();
        _kernel = await KernelHarness.StartAsync(_dir.Path, new AlphaModule(), new BetaModule(), new GammaModule());
    }

    [TearDown]
    public async Task StopAsync()
    {
        await _kernel.DisposeAsync();
        _dir.Dispose();
    }

    [Test]
    public async Task Command_commits_then_every_listener_in_every_module_hears_of_it()
    {
        var id = await _kernel.SendAsync(new CreateAlphaItem("first"));

        Assert.That(_kernel.Scalar($"SELECT COUNT(*) FROM alpha_items WHERE Id = {id}"), Is.EqualTo(1));
        Assert.That(_kernel.Scalar("SELECT COUNT(*) FROM beta_entries WHERE Text = 'first'"), Is.EqualTo(1), "Beta's listener ran");
        Assert.That(_kernel.Scalar("SELECT SawCommittedItem FROM beta_entries WHERE Text = 'first'"), Is.EqualTo(1), "Beta heard only after Alpha committed");
        Assert.That(_kernel.Services.GetRequiredService<GammaInbox>().Received, Is.EqualTo(new[] { "first" }), "Gamma's listener ran despite Beta's broken one");
    }

    [Test]
    public async Task Failed_command_rolls_back_and_announces_nothing()
    {
        Assert.ThrowsAsync<InvalidOperationException>(() => _kernel.SendAsync(new CreateAlphaItemThenFail("doomed")));

        Assert.That(_kernel.Scalar("SELECT COUNT(*) FROM alpha_items"), Is.Zero);
        Assert.That(_kernel.Scalar("SELECT COUNT(*) FROM beta_entries"), Is.Zero);
        Assert.That(_kernel.Services.GetRequiredService<GammaInbox>().Received, Is.Empty);
    }

    [Test]
    public void Invalid_command_reports_every_field_before_the_handler_runs()
    {
        var empty = Assert.ThrowsAsync<PlatformException>(() => _kernel.SendAsync(new CreateAlphaItem("")));
        var tooLong = Assert.ThrowsAsync<PlatformException>(() => _kernel.SendAsync(new CreateAlphaItem(new string('x', 21))));

        Assert.Multiple(() =>
        {
            Assert.That(empty!.Code, Is.EqualTo(ErrorCodes.ValidationFailed));
            Assert.That(empty.Kind, Is.EqualTo(ErrorKind.Validation));
            Assert.That(empty.Errors.Select(e => (e.Field, e.Code)), Is.EqualTo(new[] { ("name", "required") }));
            Assert.That(tooLong!.Errors.Select(e => (e.Field, e.Code)), Is.EqualTo(new[] { ("name", "length") }));
            Assert.That(_kernel.Scalar("SELECT COUNT(*) FROM alpha_items"), Is.Zero);
        });
    }

    [Test]
    public void Request_no_module_handles_fails_with_a_clear_code()
    {
        var error = Assert.ThrowsAsync<PlatformException>(() => _kernel.SendAsync(new NobodyHandlesThis()));

        Assert.That(error!.Code, Is.EqualTo(ErrorCodes.NoHandler));
        Assert.That(error.Kind, Is.EqualTo(ErrorKind.Unavailable));
        Assert.That(error.Message, Does.Contain(nameof(NobodyHandlesThis)));
    }

    [Test]
    public void Notification_nobody_listens_to_is_a_no_op() =>
        Assert.DoesNotThrowAsync(() => _kernel.PublishAsync(new NobodyListens()));

    [Test]
    public async Task Command_of_another_module_sent_inside_a_command_commits_with_it()
    {
        await _kernel.SendAsync(new CallBetaInsideAlphaTransaction());

        Assert.That(_kernel.Scalar("SELECT COUNT(*) FROM alpha_items WHERE Name = 'before beta'"), Is.EqualTo(1));
        Assert.That(_kernel.Scalar("SELECT COUNT(*) FROM beta_entries WHERE Text = 'from alpha'"), Is.EqualTo(1));
    }

    [Test]
    public async Task Failing_command_of_another_module_rolls_back_both_modules_and_announces_nothing()
    {
        var error = Assert.ThrowsAsync<InvalidOperationException>(() => _kernel.SendAsync(new CallFailingBeta(CatchFailure: false)));

        Assert.That(error!.Message, Does.Contain("beta fails"));
        Assert.That(_kernel.Scalar("SELECT COUNT(*) FROM alpha_items"), Is.Zero, "Alpha's write rolled back with Beta's failure");
        Assert.That(_kernel.Scalar("SELECT COUNT(*) FROM beta_entries"), Is.Zero);
        Assert.That(_kernel.Services.GetRequiredService<GammaInbox>().Received, Is.Empty);

        await _kernel.SendAsync(new WriteBetaEntry("afterwards"));
        Assert.That(_kernel.Scalar("SELECT COUNT(*) FROM beta_entries WHERE Text = 'afterwards'"), Is.EqualTo(1), "the scope's connection is usable again");
    }

    [Test]
    public async Task Failure_of_a_nested_command_caught_by_the_caller_undoes_only_the_nested_part()
    {
        await _kernel.SendAsync(new CallFailingBeta(CatchFailure: true));

        Assert.That(_kernel.Scalar("SELECT COUNT(*) FROM alpha_items WHERE Name = 'alpha part'"), Is.EqualTo(1), "Alpha's write is kept");
        Assert.That(_kernel.Scalar("SELECT COUNT(*) FROM beta_entries WHERE Text = 'beta part'"), Is.Zero, "Beta's write went back to its savepoint");
        Assert.That(_kernel.Services.GetRequiredService<GammaInbox>().Received, Is.EqualTo(new[] { "alpha part" }), "only the surviving part is announced");
        Assert.That(_kernel.Scalar("SELECT SawCommittedItem FROM beta_entries WHERE Text = 'alpha part'"), Is.EqualTo(1), "and only after the commit");
    }

    [Test]
    public async Task Concurrent_commands_each_commit_once()
    {
        var ids = await Task.WhenAll(Enumerable.Range(0, 20).Select(i => _kernel.SendAsync(new CreateAlphaItem($"item {i}"))));

        Assert.That(ids.Distinct().Count(), Is.EqualTo(20));
        Assert.That(_kernel.Scalar("SELECT COUNT(*) FROM alpha_items"), Is.EqualTo(20));
        Assert.That(_kernel.Scalar("SELECT COUNT(*) FROM beta_entries WHERE SawCommittedItem = 1"), Is.EqualTo(20));
    }

    private sealed record NobodyHandlesThis : IRequest<int>;

    private sealed record NobodyListens : INotification;
}
