using System.Globalization;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Platform.Contracts.Persistence;
using Platform.Core.Tests.Fixtures.Alpha;
using Platform.Core.Tests.Fixtures.Beta;
using Platform.Core.Tests.Fixtures.Gamma;

namespace Platform.Core.Tests.Persistence;

public sealed class UnitOfWorkTests
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
    public async Task Contexts_of_one_scope_share_one_connection_and_another_scope_has_its_own()
    {
        await using var first = _kernel.Services.CreateAsyncScope();
        await using var second = _kernel.Services.CreateAsyncScope();
        var alpha = first.ServiceProvider.GetRequiredService<AlphaDbContext>();
        var beta = first.ServiceProvider.GetRequiredService<BetaDbContext>();
        var otherAlpha = second.ServiceProvider.GetRequiredService<AlphaDbContext>();

        Assert.That(beta.Database.GetDbConnection(), Is.SameAs(alpha.Database.GetDbConnection()));
        Assert.That(otherAlpha.Database.GetDbConnection(), Is.Not.SameAs(alpha.Database.GetDbConnection()));
        Assert.That(
            otherAlpha.GetService<IModelSource>(),
            Is.SameAs(alpha.GetService<IModelSource>()),
            "per-scope interceptors do not make EF Core build a new internal service provider (a singleton of it) per scope");
    }

    [Test]
    public async Task Two_modules_writing_in_one_unit_commit_together()
    {
        await RunInScopeAsync(async (services, token) =>
        {
            var alpha = services.GetRequiredService<AlphaDbContext>();
            var beta = services.GetRequiredService<BetaDbContext>();
            alpha.Items.AddRange(new AlphaItem { Name = "a1" }, new AlphaItem { Name = "a2" }, new AlphaItem { Name = "a3" });
            await alpha.SaveChangesAsync(token);
            beta.Entries.AddRange(new BetaEntry { Text = "b1" }, new BetaEntry { Text = "b2" });
            await beta.SaveChangesAsync(token);
            Assert.That(_kernel.Scalar("SELECT COUNT(*) FROM alpha_items"), Is.Zero, "nothing is visible outside before the commit");
        });

        Assert.That(_kernel.Scalar("SELECT COUNT(*) FROM alpha_items"), Is.EqualTo(3));
        Assert.That(_kernel.Scalar("SELECT COUNT(*) FROM beta_entries"), Is.EqualTo(2));
    }

    [Test]
    public void Two_modules_writing_in_one_unit_roll_back_together()
    {
        var error = Assert.ThrowsAsync<InvalidOperationException>(() => RunInScopeAsync(async (services, token) =>
        {
            var alpha = services.GetRequiredService<AlphaDbContext>();
            var beta = services.GetRequiredService<BetaDbContext>();
            alpha.Items.AddRange(new AlphaItem { Name = "a1" }, new AlphaItem { Name = "a2" });
            await alpha.SaveChangesAsync(token);
            beta.Entries.Add(new BetaEntry { Text = "b1" });
            await beta.SaveChangesAsync(token);
            throw new InvalidOperationException("changed my mind");
        }));

        Assert.That(error!.Message, Is.EqualTo("changed my mind"));
        Assert.That(_kernel.Scalar("SELECT COUNT(*) FROM alpha_items"), Is.Zero);
        Assert.That(_kernel.Scalar("SELECT COUNT(*) FROM beta_entries"), Is.Zero);
    }

    [Test]
    public async Task Reads_inside_the_unit_see_its_own_writes_while_another_scope_sees_only_committed_data()
    {
        await using var other = _kernel.Services.CreateAsyncScope();
        var otherAlpha = other.ServiceProvider.GetRequiredService<AlphaDbContext>();

        await RunInScopeAsync(async (services, token) =>
        {
            var alpha = services.GetRequiredService<AlphaDbContext>();
            alpha.Items.Add(new AlphaItem { Name = "pending" });
            await alpha.SaveChangesAsync(token);

            // Beta's context never began or joined a transaction itself: its query must still carry the unit's.
            var beta = services.GetRequiredService<BetaDbContext>();
            var seenByBeta = await beta.Database.SqlQuery<int>($"SELECT COUNT(*) AS Value FROM alpha_items WHERE Name = 'pending'").SingleAsync(token);
            var seenByOtherScope = await otherAlpha.Items.CountAsync(i => i.Name == "pending", token);

            Assert.That(seenByBeta, Is.EqualTo(1), "the unit reads its own uncommitted write through another module's context");
            Assert.That(seenByOtherScope, Is.Zero, "another scope does not see uncommitted data");
        });

        Assert.That(await otherAlpha.Items.CountAsync(i => i.Name == "pending"), Is.EqualTo(1), "and sees it once committed");
    }

    [Test]
    public async Task Two_scopes_incrementing_one_counter_in_parallel_lose_no_update()
    {
        const int PerScope = 25;
        await RunInScopeAsync(async (services, token) =>
        {
            var alpha = services.GetRequiredService<AlphaDbContext>();
            alpha.Items.Add(new AlphaItem { Name = "0" });
            await alpha.SaveChangesAsync(token);
        });

        async Task IncrementAsync()
        {
            await using var scope = _kernel.Services.CreateAsyncScope();
            var unit = scope.ServiceProvider.GetRequiredService<IUnitOfWork>();
            var alpha = scope.ServiceProvider.GetRequiredService<AlphaDbContext>();
            for (var i = 0; i < PerScope; i++)
            {
                await unit.RunAsync(
                    async token =>
                    {
                        // Read, then write: a lost update would show as a short total.
                        var counter = await alpha.Items.SingleAsync(token);
                        await Task.Yield();
                        counter.Name = (int.Parse(counter.Name, CultureInfo.InvariantCulture) + 1).ToString(CultureInfo.InvariantCulture);
                        await alpha.SaveChangesAsync(token);
                    },
                    CancellationToken.None);
                alpha.ChangeTracker.Clear();
            }
        }

        await Task.WhenAll(Task.Run(IncrementAsync), Task.Run(IncrementAsync));

        Assert.That(_kernel.Scalar("SELECT CAST(Name AS INTEGER) FROM alpha_items"), Is.EqualTo(2 * PerScope));
    }

    [Test]
    public async Task Nested_failure_caught_inside_the_unit_keeps_the_outer_writes()
    {
        await RunInScopeAsync(async (services, token) =>
        {
            var unit = services.GetRequiredService<IUnitOfWork>();
            var alpha = services.GetRequiredService<AlphaDbContext>();
            var beta = services.GetRequiredService<BetaDbContext>();
            alpha.Items.Add(new AlphaItem { Name = "outer" });
            await alpha.SaveChangesAsync(token);

            Assert.ThrowsAsync<InvalidOperationException>(() => unit.RunAsync(
                async inner =>
                {
                    beta.Entries.Add(new BetaEntry { Text = "inner" });
                    await beta.SaveChangesAsync(inner);
                    throw new InvalidOperationException("inner fails");
                },
                token));

            // The rollback undid the rows, not what the context tracks: forget the entry that no longer exists.
            beta.ChangeTracker.Clear();
            var kept = await unit.RunAsync(
                async inner =>
                {
                    beta.Entries.Add(new BetaEntry { Text = "inner kept" });
                    return await beta.SaveChangesAsync(inner);
                },
                token);
            Assert.That(kept, Is.EqualTo(1));
        });

        Assert.That(_kernel.Scalar("SELECT COUNT(*) FROM alpha_items WHERE Name = 'outer'"), Is.EqualTo(1));
        Assert.That(_kernel.Scalar("SELECT COUNT(*) FROM beta_entries WHERE Text = 'inner'"), Is.Zero, "the failed nested part went back to its savepoint");
        Assert.That(_kernel.Scalar("SELECT COUNT(*) FROM beta_entries WHERE Text = 'inner kept'"), Is.EqualTo(1));
    }

    [Test]
    public async Task A_context_beginning_its_own_transaction_inside_a_unit_is_told_to_use_the_unit()
    {
        InvalidOperationException? refused = null;
        await RunInScopeAsync(async (services, token) =>
        {
            var alpha = services.GetRequiredService<AlphaDbContext>();
            refused = Assert.ThrowsAsync<InvalidOperationException>(() => alpha.Database.BeginTransactionAsync(token));
            alpha.Items.Add(new AlphaItem { Name = "still fine" });
            await alpha.SaveChangesAsync(token);
        });

        Assert.That(refused!.Message, Does.Contain("IUnitOfWork").And.Contain(nameof(AlphaDbContext)));
        Assert.That(_kernel.Scalar("SELECT COUNT(*) FROM alpha_items WHERE Name = 'still fine'"), Is.EqualTo(1), "the refusal did not break the unit");
    }

    [Test]
    public async Task Outside_a_unit_an_explicit_transaction_works_and_the_scopes_other_contexts_join_it()
    {
        await using (var scope = _kernel.Services.CreateAsyncScope())
        {
            var alpha = scope.ServiceProvider.GetRequiredService<AlphaDbContext>();
            var beta = scope.ServiceProvider.GetRequiredService<BetaDbContext>();
            await using var transaction = await alpha.Database.BeginTransactionAsync();
            alpha.Items.Add(new AlphaItem { Name = "explicit" });
            await alpha.SaveChangesAsync();
            beta.Entries.AddRange(new BetaEntry { Text = "joined 1" }, new BetaEntry { Text = "joined 2" });
            await beta.SaveChangesAsync();
            Assert.That(await beta.Database.SqlQuery<int>($"SELECT COUNT(*) AS Value FROM alpha_items").SingleAsync(), Is.EqualTo(1));
            await transaction.RollbackAsync();
        }

        Assert.That(_kernel.Scalar("SELECT COUNT(*) FROM alpha_items"), Is.Zero);
        Assert.That(_kernel.Scalar("SELECT COUNT(*) FROM beta_entries"), Is.Zero, "Beta's save was part of Alpha's transaction");

        await using (var scope = _kernel.Services.CreateAsyncScope())
        {
            var alpha = scope.ServiceProvider.GetRequiredService<AlphaDbContext>();
            await using var transaction = await alpha.Database.BeginTransactionAsync();
            alpha.Items.Add(new AlphaItem { Name = "explicit" });
            await alpha.SaveChangesAsync();
            await transaction.CommitAsync();
            alpha.Items.Add(new AlphaItem { Name = "after" });
            await alpha.SaveChangesAsync();
        }

        Assert.That(_kernel.Scalar("SELECT COUNT(*) FROM alpha_items"), Is.EqualTo(2));
    }

    [Test]
    public async Task Notifications_wait_for_the_outermost_commit_and_are_dropped_on_rollback()
    {
        var inbox = _kernel.Services.GetRequiredService<GammaInbox>();
        await RunInScopeAsync(async (services, token) =>
        {
            var unit = services.GetRequiredService<IUnitOfWork>();
            var mediator = services.GetRequiredService<IMediator>();
            await mediator.Publish(new AlphaItemCreated(1, "outer"), token);
            await unit.RunAsync(inner => mediator.Publish(new AlphaItemCreated(2, "nested"), inner), token);
            await mediator.Send(new CreateAlphaItem("by command"), token);
            Assert.That(unit.IsActive, Is.True);
            Assert.That(inbox.Received, Is.Empty, "nothing is delivered before the outermost commit");
        });

        Assert.That(inbox.Received, Is.EqualTo(new[] { "outer", "nested", "by command" }));

        inbox.Received.Clear();
        Assert.ThrowsAsync<InvalidOperationException>(() => RunInScopeAsync(async (services, token) =>
        {
            await services.GetRequiredService<IMediator>().Send(new CreateAlphaItem("doomed"), token);
            throw new InvalidOperationException("roll back");
        }));
        Assert.That(inbox.Received, Is.Empty);
        Assert.That(_kernel.Scalar("SELECT COUNT(*) FROM alpha_items WHERE Name = 'doomed'"), Is.Zero);
    }

    [Test]
    public async Task One_scopes_unit_used_from_two_operations_at_once_is_refused()
    {
        await using var scope = _kernel.Services.CreateAsyncScope();
        var unit = scope.ServiceProvider.GetRequiredService<IUnitOfWork>();
        var release = new TaskCompletionSource();
        var first = unit.RunAsync(_ => release.Task, CancellationToken.None);

        var error = Assert.ThrowsAsync<InvalidOperationException>(() => Task.Run(() => unit.RunAsync(_ => Task.CompletedTask, CancellationToken.None)));
        release.SetResult();
        await first;

        Assert.That(error!.Message, Does.Contain("one operation at a time"));
        Assert.That(unit.IsActive, Is.False);
    }

    private async Task RunInScopeAsync(Func<IServiceProvider, CancellationToken, Task> work)
    {
        await using var scope = _kernel.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<IUnitOfWork>().RunAsync(token => work(scope.ServiceProvider, token), CancellationToken.None);
    }
}
