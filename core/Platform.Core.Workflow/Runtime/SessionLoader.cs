using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Platform.Contracts.Workflow.Definitions;
using Platform.Contracts.Workflow.Runtime;
using Platform.Core.Workflow.Persistence;
using Platform.Core.Workflow.Persistence.Entities;

namespace Platform.Core.Workflow.Runtime;

/// <summary>Loads instances for an action (tracked, with their live work items) and creates new ones.</summary>
internal sealed class SessionLoader(WorkflowDbContext db, Deferred<IProcessDefinitions> definitions, ProcessGraphs graphs)
{
    public WorkflowDbContext Db => db;

    public async Task<InstanceSession> LoadAsync(string instanceId, DateTimeOffset now, string actorId, CancellationToken cancellationToken)
    {
        var row = await db.Instances.FirstOrDefaultAsync(i => i.Id == instanceId, cancellationToken)
            ?? throw WorkflowErrors.NotFound(WorkflowErrors.InstanceNotFound, "Instance", instanceId);
        return await SessionAsync(row, now, actorId, cancellationToken);
    }

    /// <summary>The instance a work item belongs to, found through the item in one statement; null when the item does not exist.</summary>
    public async Task<InstanceSession?> LoadByItemAsync(string workItemId, DateTimeOffset now, string actorId, CancellationToken cancellationToken)
    {
        var row = await (from item in db.WorkItems
                         where item.Id == workItemId
                         join instance in db.Instances on item.InstanceId equals instance.Id
                         select instance).FirstOrDefaultAsync(cancellationToken);
        return row is null ? null : await SessionAsync(row, now, actorId, cancellationToken);
    }

    private async Task<InstanceSession> SessionAsync(InstanceRow row, DateTimeOffset now, string actorId, CancellationToken cancellationToken)
    {
        var instanceId = row.Id;
        var items = await db.WorkItems.Where(w => w.InstanceId == instanceId && w.Live).ToListAsync(cancellationToken);
        var graph = await graphs.GetAsync(definitions, row.ProcessKey, row.Version, cancellationToken);
        var state = JsonSerializer.Deserialize<InstanceState>(row.State, WorkflowJson.Options) ?? new InstanceState();
        return new InstanceSession(db, row, graph, state, items, now, actorId);
    }

    public Task<ProcessGraph> GraphAsync(string key, int? version, CancellationToken cancellationToken) =>
        graphs.GetAsync(definitions, key, version, cancellationToken);

    public InstanceSession Create(ProcessGraph graph, string title, string? recordId, Applicant applicant, DateTimeOffset now, string? parentId = null, string? parentRunId = null)
    {
        var row = new InstanceRow
        {
            Id = Guid.CreateVersion7().ToString(),
            ProcessKey = graph.Process.Key,
            Version = graph.Process.Version,
            Title = title,
            App = graph.Definition.App,
            RecordId = recordId,
            SubmitterId = applicant.MemberId,
            SubmitterDepartmentId = applicant.DepartmentId,
            ParentId = parentId,
            ParentRunId = parentRunId,
            Status = WorkflowJson.Name(InstanceStatus.Running),
            Revision = 0,
            StartedAtTicks = now.UtcTicks,
            State = "{}",
        };
        db.Instances.Add(row);
        return new InstanceSession(db, row, graph, new InstanceState(), [], now, applicant.MemberId);
    }
}
