using System.Collections.Concurrent;

namespace Platform.Core.Forms.Versions;

/// <summary>Published versions read so far. Versions never change, so entries never go stale; only "which is the latest" is asked of the database.</summary>
internal sealed class VersionCache
{
    private readonly ConcurrentDictionary<(string Key, int Version), FormVersion> _versions = new();

    public bool TryGet(string key, int version, out FormVersion form) => _versions.TryGetValue((key, version), out form!);

    public FormVersion Add(FormVersion form) => _versions.GetOrAdd((form.Key, form.Version), form);
}
