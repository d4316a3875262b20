using System.Text.Json;
using System.Text.Json.Nodes;
using MediatR;
using Platform.Contracts.Workflow.Runtime;
using Platform.Core.Workflow.Persistence;
using Platform.Core.Workflow.Persistence.Entities;

namespace Platform.Core.Workflow.Runtime;

/// <summary>
/// One instance loaded for one action, inside the action's unit of work: the row, its runnable graph, its state, its
/// live (open and waiting) work items, plus what the action adds — history, new items, events to publish after commit.
/// </summary>
internal sealed class InstanceSession
{
    private JsonObject? _data;
    private bool _dataLoaded;

    public InstanceSession(WorkflowDbContext db, InstanceRow row, ProcessGraph graph, InstanceState state, List<WorkItemRow> liveItems, DateTimeOffset now, string actorId)
    {
        Db = db;
        Row = row;
        Graph = graph;
        State = state;
        LiveItems = liveItems;
        Now = now;
        ActorId = actorId;
    }

    public WorkflowDbContext Db { get; }

    public InstanceRow Row { get; }

    public ProcessGraph Graph { get; private set; }

    public InstanceState State { get; }

    /// <summary>Open and waiting items of the instance (loaded and created during the action), tracked by EF.</summary>
    public List<WorkItemRow> LiveItems { get; }

    public DateTimeOffset Now { get; }

    public long NowTicks => Now.UtcTicks;

    public string ActorId { get; }

    /// <summary>Notifications to publish once the unit of work commits.</summary>
    public List<INotification> Events { get; } = [];

    /// <summary>Items whose deadline timers must be scheduled or cancelled after the state change.</summary>
    public List<WorkItemRow> Opened { get; } = [];

    public List<WorkItemRow> Closed { get; } = [];

    /// <summary>Parent or child instances changed by the same action; saved and published with this one.</summary>
    public List<InstanceSession> Related { get; } = [];

    public Applicant Applicant => new(Row.SubmitterId, Row.SubmitterDepartmentId);

    public InstanceStatus Status
    {
        get => WorkflowJson.Parse<InstanceStatus>(Row.Status);
        set => Row.Status = WorkflowJson.Name(value);
    }

    public void UseGraph(ProcessGraph graph) => Graph = graph;

    /// <summary>The form data, loaded once (null for processes without a record).</summary>
    public async Task<JsonObject?> DataAsync(Func<string, Task<JsonObject?>> load)
    {
        if (!_dataLoaded)
        {
            _data = Row.RecordId is null ? null : await load(Row.RecordId);
            _dataLoaded = true;
        }

        return _data;
    }

    /// <summary>Forgets loaded form data (after the action changed the record).</summary>
    public void ForgetData() => _dataLoaded = false;

    public IEnumerable<WorkItemRow> ItemsOf(NodeRun run) => LiveItems.Where(i => i.RunId == run.Id);

    /// <summary>Appends a history entry and returns its sequence.</summary>
    public long Record(string action, string? nodeId = null, WorkItemRow? item = null, string? actorId = null, string? onBehalfOf = null, string? opinion = null, JsonObject? details = null)
    {
        var sequence = ++State.Sequence;
        Db.History.Add(new HistoryRow
        {
            InstanceId = Row.Id,
            Sequence = sequence,
            Action = action,
            NodeId = nodeId ?? item?.NodeId,
            WorkItemId = item?.Id,
            ActorId = actorId,
            OnBehalfOfId = onBehalfOf,
            Opinion = opinion,
            AtTicks = NowTicks,
            AssignedAtTicks = item?.AssignedAtTicks,
            ViewedAtTicks = item?.ViewedAtTicks,
            DueAtTicks = item?.DueAtTicks,
            Details = details?.ToJsonString(),
        });
        return sequence;
    }

    /// <summary>Closes an item: done or cancelled, with its outcome.</summary>
    public void Close(WorkItemRow item, WorkItemState state, string outcome)
    {
        item.State = WorkflowJson.Name(state);
        item.Live = false;
        item.Outcome = outcome;
        item.CompletedAtTicks = NowTicks;
        LiveItems.Remove(item);
        Closed.Add(item);
    }

    /// <summary>Writes the state back and raises the revision; the unit of work's save makes it stick.</summary>
    public void Touch()
    {
        Row.State = JsonSerializer.Serialize(State, WorkflowJson.Options);
        Row.Revision++;
    }

    public IReadOnlyList<string> ActiveNodes => State.Active.Select(r => r.NodeId).Distinct().ToList();
}
