using System.Text.Json;
using Platform.Contracts.Errors;
using Platform.Contracts.Workflow.Definitions;
using Platform.Core.Workflow.Definitions;
using Platform.Core.Workflow.Tests.Support;

namespace Platform.Core.Workflow.Tests.Definitions;

/// <summary>Publishing immutable versions, reading them back, and racing publishes, on a real SQLite file.</summary>
public sealed class PublishingTests
{
    private WorkflowHarness _harness = null!;

    [SetUp]
    public async Task StartAsync()
    {
        _harness = await WorkflowHarness.StartAsync();
        await PurchaseProcess.PrepareAsync(_harness);
    }

    [TearDown]
    public async Task StopAsync() => await _harness.DisposeAsync();

    [Test]
    public async Task A_sound_process_using_every_kind_of_node_has_no_problems()
    {
        var problems = await _harness.WithAsync<IProcessDefinitions, IReadOnlyList<DefinitionProblem>>("carol", p => p.CheckAsync(PurchaseProcess.Definition(_harness), CancellationToken.None));

        Assert.That(problems, Is.Empty);
    }

    [Test]
    public async Task Publishing_again_gives_the_next_version_and_the_old_one_stays_as_it_was()
    {
        var definition = PurchaseProcess.Definition(_harness);
        var first = await PublishAsync(definition);
        _harness.Clock.Advance(TimeSpan.FromHours(1));
        var second = await PublishAsync(definition with { Name = "Purchase (revised)" });

        Assert.That((first.Key, first.Version, second.Version), Is.EqualTo(("purchase-request", 1, 2)));
        Assert.That(second.PublishedAt - first.PublishedAt, Is.EqualTo(TimeSpan.FromHours(1)));

        var pinned = await FindAsync("purchase-request", 1);
        var latest = await FindAsync("purchase-request", null);
        Assert.That(pinned!.Definition.Name, Is.EqualTo("Purchase request"));
        Assert.That(pinned.PublishedAt, Is.EqualTo(first.PublishedAt));
        Assert.That(Json(pinned.Definition), Is.EqualTo(Json(definition)));
        Assert.That((latest!.Version, latest.Definition.Name), Is.EqualTo((2, "Purchase (revised)")));
        Assert.That(await FindAsync("purchase-request", 3), Is.Null);
        Assert.That(await FindAsync("nothing", null), Is.Null);
    }

    [Test]
    public async Task Versions_read_in_a_new_scope_come_from_the_database_as_published()
    {
        var definition = PurchaseProcess.Definition(_harness);
        await PublishAsync(definition);

        // A second harness on the same file has an empty cache: it must read the stored JSON.
        var directory = _harness.Directory;
        await using var other = await WorkflowHarness.StartAsync(directory: Path.Combine(directory, "..", Path.GetFileName(directory)));
        var read = await other.WithAsync<IProcessDefinitions, PublishedProcess?>("carol", p => p.FindAsync("purchase-request", 1, CancellationToken.None));

        Assert.That(read, Is.Not.Null);
        Assert.That(Json(read!.Definition), Is.EqualTo(Json(definition)));
    }

    [Test]
    public async Task The_list_holds_the_latest_version_of_each_process()
    {
        await PublishAsync(PurchaseProcess.Definition(_harness));
        await PublishAsync(PurchaseProcess.Definition(_harness));

        var list = await _harness.WithAsync<IProcessDefinitions, IReadOnlyList<PublishedProcess>>("carol", p => p.ListAsync(CancellationToken.None));

        Assert.That(list.Select(p => (p.Key, p.Version)), Is.EqualTo(new[] { ("archive", 1), ("purchase-request", 2) }));
    }

    [Test]
    public async Task The_runtime_gets_a_version_or_a_not_found_error()
    {
        await PublishAsync(PurchaseProcess.Definition(_harness));

        var found = await _harness.WithAsync<ProcessDefinitionStore, PublishedProcess>("carol", s => s.GetAsync("purchase-request", 1, CancellationToken.None));
        var missing = Assert.ThrowsAsync<PlatformException>(() => _harness.WithAsync<ProcessDefinitionStore, PublishedProcess>("carol", s => s.GetAsync("purchase-request", 7, CancellationToken.None)));

        Assert.That(found.Definition.Nodes, Has.Count.EqualTo(11));
        Assert.That((missing!.Code, missing.Kind), Is.EqualTo(("workflow.definition_not_found", ErrorKind.NotFound)));
    }

    [TestCase(2)]
    [TestCase(5)]
    public async Task Racing_publishes_of_one_key_get_consecutive_versions(int publishers)
    {
        var definition = PurchaseProcess.Definition(_harness);

        var results = await Task.WhenAll(Enumerable.Range(1, publishers).Select(i =>
            Task.Run(() => _harness.WithAsync<IProcessDefinitions, PublishedProcess>("carol", p => p.PublishAsync(definition with { Name = $"Publisher {i}" }, CancellationToken.None)))));

        Assert.That(results.Select(r => r.Version).Order(), Is.EqualTo(Enumerable.Range(1, publishers)));
        var stored = await Task.WhenAll(results.Select(r => FindAsync("purchase-request", r.Version)));
        Assert.That(stored.Select(s => s!.Definition.Name), Is.EqualTo(results.Select(r => r.Definition.Name)));
        Assert.That(stored.Select(s => s!.Definition.Name).Distinct().Count(), Is.EqualTo(publishers));
    }

    [Test]
    public async Task An_invalid_definition_is_refused_with_every_problem_and_nothing_is_stored()
    {
        var definition = PurchaseProcess.Definition(_harness);
        var broken = definition with { Key = "Bad Key", Nodes = [.. definition.Nodes.Where(n => n.Id != "end")] };

        var error = Assert.ThrowsAsync<PlatformException>(() => PublishAsync(broken));

        Assert.That((error!.Code, error.Kind), Is.EqualTo(("workflow.definition_invalid", ErrorKind.Validation)));
        Assert.That(error.Errors.Select(e => e.Code), Does.Contain("workflow.definition.key_invalid").And.Contain("workflow.definition.no_end").And.Contain("workflow.definition.unknown_node"));
        Assert.That(error.Errors.Single(e => e.Code == "workflow.definition.unknown_node").Field, Is.EqualTo("flows[11].to"));
        var list = await _harness.WithAsync<IProcessDefinitions, IReadOnlyList<PublishedProcess>>("carol", p => p.ListAsync(CancellationToken.None));
        Assert.That(list.Select(p => p.Key), Is.EqualTo(new[] { "archive" }));
    }

    private Task<PublishedProcess> PublishAsync(ProcessDefinition definition) =>
        _harness.WithAsync<IProcessDefinitions, PublishedProcess>("carol", p => p.PublishAsync(definition, CancellationToken.None));

    private Task<PublishedProcess?> FindAsync(string key, int? version) =>
        _harness.WithAsync<IProcessDefinitions, PublishedProcess?>("carol", p => p.FindAsync(key, version, CancellationToken.None));

    private static string Json(ProcessDefinition definition) => JsonSerializer.Serialize(definition, WorkflowJson.Options);
}
