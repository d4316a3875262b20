using System.Collections.Concurrent;
using Platform.Contracts.Workflow.Definitions;

namespace Platform.Core.Workflow.Definitions;

/// <summary>Published versions read so far. Versions never change, so entries never go stale; only "which is the latest" is asked of the database.</summary>
internal sealed class ProcessVersionCache
{
    private readonly ConcurrentDictionary<(string Key, int Version), PublishedProcess> _versions = new();

    public bool TryGet(string key, int version, out PublishedProcess process) => _versions.TryGetValue((key, version), out process!);

    public PublishedProcess Add(PublishedProcess process) => _versions.GetOrAdd((process.Key, process.Version), process);
}
