using System.Collections.Concurrent;
using Platform.Contracts.Workflow.Definitions;

namespace Platform.Core.Workflow.Runtime;

/// <summary>Published versions as runnable graphs, cached for the life of the process (versions are immutable).</summary>
internal sealed class ProcessGraphs
{
    private readonly ConcurrentDictionary<(string Key, int Version), ProcessGraph> _graphs = new();

    public async Task<ProcessGraph> GetAsync(Deferred<IProcessDefinitions> definitions, string key, int? version, CancellationToken cancellationToken)
    {
        if (version is { } v && _graphs.TryGetValue((key, v), out var cached))
        {
            return cached;
        }

        var process = await definitions.Value.FindAsync(key, version, cancellationToken)
            ?? throw WorkflowErrors.NotFound("workflow.definition_not_found", "Process", version is null ? key : $"{key} v{version}");
        return _graphs.GetOrAdd((process.Key, process.Version), _ => new ProcessGraph(process));
    }
}
