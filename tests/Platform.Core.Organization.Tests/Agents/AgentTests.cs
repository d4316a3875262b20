using Platform.Contracts.Errors;
using Platform.Contracts.Organization.Agents;
using Platform.Core.Organization.Tests.Support;

namespace Platform.Core.Organization.Tests.Agents;

public sealed class AgentTests
{
    private OrgHarness _org = null!;

    [SetUp]
    public async Task StartAsync()
    {
        _org = await OrgHarness.StartAsync();
        await SampleOrg.SeedAsync(_org);
    }

    [TearDown]
    public async Task StopAsync() => await _org.DisposeAsync();

    private IAgentService Agents => _org.Get<IAgentService>();

    private DateTimeOffset Now => _org.Clock.GetUtcNow();

    [Test]
    public async Task An_agent_acts_for_the_principal_only_within_the_period()
    {
        await Agents.AssignAsync(new AssignAgent("bob", "erin", Now.AddDays(1), Now.AddDays(3), null), CancellationToken.None);

        Assert.That(Agents.ActingFor("bob", "news", Now), Is.Null, "not yet");
        Assert.That(Agents.ActingFor("bob", "news", Now.AddDays(2))?.AgentId, Is.EqualTo("erin"));
        Assert.That(Agents.ActingFor("bob", "news", Now.AddDays(3)), Is.Null, "the end is exclusive");
    }

    [Test]
    public async Task A_scope_covers_itself_and_what_lies_below_it()
    {
        await Agents.AssignAsync(new AssignAgent("bob", "erin", Now, Now.AddDays(5), "workflow"), CancellationToken.None);
        await Agents.AssignAsync(new AssignAgent("bob", "alice", Now, Now.AddDays(5), "news"), CancellationToken.None);

        Assert.That(Agents.ActingFor("bob", "workflow/leave-request", Now.AddHours(1))?.AgentId, Is.EqualTo("erin"));
        Assert.That(Agents.ActingFor("bob", "news", Now.AddHours(1))?.AgentId, Is.EqualTo("alice"));
        Assert.That(Agents.ActingFor("bob", "meetings", Now.AddHours(1)), Is.Null);
        Assert.That(Agents.ActingFor("bob", "workflowx", Now.AddHours(1)), Is.Null, "a prefix of a segment is not a parent scope");
    }

    [Test]
    public async Task Overlapping_agencies_of_one_principal_are_refused()
    {
        await Agents.AssignAsync(new AssignAgent("bob", "erin", Now, Now.AddDays(5), "workflow"), CancellationToken.None);

        var overlapAll = Assert.ThrowsAsync<PlatformException>(() => Agents.AssignAsync(new AssignAgent("bob", "alice", Now.AddDays(4), Now.AddDays(6), null), CancellationToken.None));
        var overlapBelow = Assert.ThrowsAsync<PlatformException>(() => Agents.AssignAsync(new AssignAgent("bob", "alice", Now.AddDays(1), Now.AddDays(2), "workflow/leave"), CancellationToken.None));

        Assert.That(overlapAll!.Code, Is.EqualTo("org.agent.overlap"));
        Assert.That(overlapBelow!.Code, Is.EqualTo("org.agent.overlap"));
        Assert.DoesNotThrowAsync(() => Agents.AssignAsync(new AssignAgent("bob", "alice", Now.AddDays(5), Now.AddDays(6), null), CancellationToken.None), "right after is fine");
    }

    [Test]
    public void Bad_agencies_are_refused_with_every_reason()
    {
        var self = Assert.ThrowsAsync<PlatformException>(() => Agents.AssignAsync(new AssignAgent("bob", "bob", Now.AddDays(2), Now.AddDays(1), "Bad Scope"), CancellationToken.None));

        Assert.That(self!.Errors.Select(e => (e.Field, e.Code)), Is.EquivalentTo(new[] { ("agentId", "self"), ("end", "out_of_range"), ("scope", "format") }));
        var disabled = Assert.ThrowsAsync<PlatformException>(() => Agents.AssignAsync(new AssignAgent("bob", "dave", Now, Now.AddDays(1), null), CancellationToken.None));
        Assert.That(disabled!.Errors.Single().Code, Is.EqualTo("disabled"));
    }

    [Test]
    public async Task Expired_and_revoked_agencies_no_longer_act()
    {
        var agency = await Agents.AssignAsync(new AssignAgent("bob", "erin", Now, Now.AddDays(5), null), CancellationToken.None);
        _org.Clock.Advance(TimeSpan.FromDays(1));
        Assert.That(Agents.ActingFor("bob", null, Now)?.AgentId, Is.EqualTo("erin"));

        await Agents.RevokeAsync(agency.Id, CancellationToken.None);

        Assert.That(Agents.ActingFor("bob", null, Now), Is.Null);
        Assert.That(Agents.AgentsOf("bob"), Is.Empty);
    }
}
