using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Platform.Contracts.Errors;
using Platform.Contracts.Forms.Definitions;
using Platform.Contracts.Forms.Records;
using Platform.Contracts.Paging;
using Platform.Contracts.Workflow.Definitions;
using Platform.Contracts.Workflow.Runtime;

namespace Platform.Core.Workflow.Tests.Support;

/// <summary>Short forms for driving the engines as members (each call its own scope, like HTTP requests).</summary>
internal static class Drive
{
    public static async Task PublishFormAsync(this WorkflowHarness h, FormDefinition? form = null) =>
        await h.AsAsync("carol", sp => sp.GetRequiredService<IFormDefinitions>().PublishAsync(form ?? Processes.Form, CancellationToken.None));

    public static Task<PublishedProcess> PublishAsync(this WorkflowHarness h, ProcessDefinition definition) =>
        h.WithAsync<IProcessDefinitions, PublishedProcess>("carol", d => d.PublishAsync(definition, CancellationToken.None));

    public static async Task<FormRecord> RecordAsync(this WorkflowHarness h, string login, JsonObject? data = null) =>
        await h.WithAsync<IFormRecords, FormRecord>(login, r => r.CreateAsync(Processes.FormKey, data ?? new JsonObject { ["days"] = 2, ["reason"] = "rest" }, null, CancellationToken.None));

    public static async Task<InstanceSummary> StartAsync(this WorkflowHarness h, string login, string processKey, JsonObject? data = null)
    {
        var record = await h.RecordAsync(login, data);
        return await h.WithAsync<IWorkflowRuntime, InstanceSummary>(login, r => r.StartAsync(new StartProcess(processKey, $"{processKey} by {login}") { RecordId = record.Id }, CancellationToken.None));
    }

    public static Task<ActionOutcome> ActAsync(this WorkflowHarness h, string login, WorkflowAction action) =>
        h.WithAsync<IWorkflowRuntime, ActionOutcome>(login, r => r.ActAsync(action, CancellationToken.None));

    /// <summary>The member's open or waiting work items (all apps), newest first.</summary>
    public static async Task<IReadOnlyList<WorkItem>> ToDosAsync(this WorkflowHarness h, string login) =>
        (await h.WithAsync<IWorkflowQueries, Page<WorkItem>>(login, q => q.WorkItemsAsync(new ToDoQuery(h.Id(login), new PageRequest(0, 200)), CancellationToken.None))).Items;

    /// <summary>The member's one open item in an instance.</summary>
    public static async Task<WorkItem> ItemAsync(this WorkflowHarness h, string login, string instanceId)
    {
        var items = (await h.ToDosAsync(login)).Where(i => i.InstanceId == instanceId && i.State == WorkItemState.Open).ToList();
        Assert.That(items, Has.Count.EqualTo(1), $"{login} should hold exactly one open item in {instanceId}");
        return items[0];
    }

    public static async Task<ActionOutcome> ApproveAsync(this WorkflowHarness h, string login, string instanceId, string? opinion = null) =>
        await h.ActAsync(login, new WorkflowAction(ActionKind.Approve) { WorkItemId = (await h.ItemAsync(login, instanceId)).Id, Opinion = opinion ?? "ok" });

    public static async Task<ActionOutcome> RejectAsync(this WorkflowHarness h, string login, string instanceId, string? target = null) =>
        await h.ActAsync(login, new WorkflowAction(ActionKind.Reject) { WorkItemId = (await h.ItemAsync(login, instanceId)).Id, TargetNodeId = target, Opinion = "no" });

    public static Task<InstanceSummary?> InstanceAsync(this WorkflowHarness h, string instanceId) =>
        h.WithAsync<IWorkflowQueries, InstanceSummary?>("carol", q => q.InstanceAsync(instanceId, CancellationToken.None));

    public static Task<IReadOnlyList<HistoryEntry>> HistoryAsync(this WorkflowHarness h, string instanceId) =>
        h.WithAsync<IWorkflowQueries, IReadOnlyList<HistoryEntry>>("carol", q => q.HistoryAsync(instanceId, CancellationToken.None));

    public static Task<IReadOnlyList<WorkItem>> ItemsAsync(this WorkflowHarness h, string instanceId) =>
        h.WithAsync<IWorkflowQueries, IReadOnlyList<WorkItem>>("carol", q => q.InstanceWorkItemsAsync(instanceId, CancellationToken.None));

    /// <summary>Runs <paramref name="act"/> and returns the PlatformException it must throw.</summary>
    public static async Task<PlatformException> FailsAsync(Func<Task> act)
    {
        try
        {
            await act();
        }
        catch (PlatformException error)
        {
            return error;
        }

        Assert.Fail("Expected a PlatformException.");
        throw new InvalidOperationException("unreachable");
    }
}
