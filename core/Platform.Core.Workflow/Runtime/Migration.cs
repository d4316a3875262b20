using Platform.Contracts.Workflow.Runtime;

namespace Platform.Core.Workflow.Runtime;

/// <summary>
/// Moves an instance to another version of its process: every node with open work must be mapped to a node of the same
/// type in the target; completed nodes are mapped when the mapping names them and otherwise stop being reject targets.
/// </summary>
internal static class Migration
{
    public static void Apply(InstanceSession session, ProcessGraph target, IReadOnlyDictionary<string, string> mapping)
    {
        if (session.Status is not (InstanceStatus.Running or InstanceStatus.Returned))
        {
            throw WorkflowErrors.Rule(WorkflowErrors.InstanceNotRunning, $"Instance is {session.Row.Status}; only running or returned instances can be migrated.");
        }

        if (target.Process.Version == session.Row.Version)
        {
            throw WorkflowErrors.Invalid(WorkflowErrors.MigrationInvalid, "toVersion", $"The instance already runs on version {target.Process.Version}.");
        }

        var errors = new List<Contracts.Errors.FieldError>();
        foreach (var (from, to) in mapping)
        {
            if (!session.Graph.HasNode(from))
            {
                errors.Add(new($"nodeMapping.{from}", WorkflowErrors.MigrationInvalid, $"Node '{from}' is not in version {session.Row.Version}."));
            }
            else if (!target.HasNode(to))
            {
                errors.Add(new($"nodeMapping.{from}", WorkflowErrors.MigrationInvalid, $"Node '{to}' is not in version {target.Process.Version}."));
            }
            else if (session.Graph.Node(from).Type != target.Node(to).Type)
            {
                errors.Add(new($"nodeMapping.{from}", WorkflowErrors.MigrationInvalid, $"'{from}' is a {session.Graph.Node(from).Type} node but '{to}' is a {target.Node(to).Type} node."));
            }
        }

        foreach (var run in session.State.Active)
        {
            if (!mapping.ContainsKey(run.NodeId) && !(run.NodeId == session.Graph.Start.Id && target.Start.Id == run.NodeId))
            {
                errors.Add(new($"nodeMapping.{run.NodeId}", WorkflowErrors.MigrationInvalid, $"Node '{run.NodeId}' has open work and must be mapped."));
            }
        }

        if (session.State.Active.Any(r => r.Branch.Length > 0))
        {
            errors.Add(new("instanceId", WorkflowErrors.MigrationInvalid, "Instances inside parallel branches cannot be migrated; wait until the branches have joined."));
        }

        if (errors.Count > 0)
        {
            throw new Contracts.Errors.PlatformException(WorkflowErrors.MigrationInvalid, "The migration is not possible: " + string.Join(" ", errors.Select(e => e.Message)), Contracts.Errors.ErrorKind.Validation, errors);
        }

        string? Map(string node) => mapping.TryGetValue(node, out var to) ? to : node == session.Graph.Start.Id ? target.Start.Id : null;
        foreach (var run in session.State.Runs)
        {
            if (Map(run.NodeId) is { } mapped)
            {
                run.NodeId = mapped;
            }
            else if (run.Status == RunStatus.Completed)
            {
                run.Status = RunStatus.Cancelled;
            }
        }

        foreach (var item in session.LiveItems)
        {
            if (Map(item.NodeId) is { } mapped)
            {
                item.NodeId = mapped;
                item.NodeName = target.Node(mapped).Name;
            }
        }

        var fromVersion = session.Row.Version;
        session.Row.Version = target.Process.Version;
        session.UseGraph(target);
        session.Record("migrated", actorId: session.ActorId, details: new() { ["fromVersion"] = fromVersion, ["toVersion"] = target.Process.Version });
    }
}
