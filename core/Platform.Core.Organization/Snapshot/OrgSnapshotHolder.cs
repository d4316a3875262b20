using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Platform.Core.Organization.Persistence;

namespace Platform.Core.Organization.Snapshot;

/// <summary>
/// Holds the current <see cref="OrgSnapshot"/>. Readers take <see cref="Current"/> and keep a consistent view; writers
/// call a reload after committing, which swaps in a new snapshot atomically. The first read loads it.
/// </summary>
internal sealed class OrgSnapshotHolder(IServiceScopeFactory scopes, ILogger<OrgSnapshotHolder> logger)
{
    private readonly Lock _gate = new();
    private volatile OrgSnapshot? _current;

    public OrgSnapshot Current => _current ?? Reload();

    /// <summary>Reloads everything (after an import or another node's change).</summary>
    public OrgSnapshot Reload() => Swap(db => new OrgSnapshot(
        SnapshotLoader.Version(db), SnapshotLoader.LoadModel(db), SnapshotLoader.LoadGrants(db), SnapshotLoader.LoadAgents(db)));

    /// <summary>Reloads the grants only (after a grant changed here).</summary>
    public OrgSnapshot ReloadGrants() => Swap(db => _current is { } c
        ? c with { Version = SnapshotLoader.Version(db), Grants = SnapshotLoader.LoadGrants(db) }
        : null);

    /// <summary>Reloads the agencies only (after an agency changed here).</summary>
    public OrgSnapshot ReloadAgents() => Swap(db => _current is { } c
        ? c with { Version = SnapshotLoader.Version(db), Agents = SnapshotLoader.LoadAgents(db) }
        : null);

    /// <summary>The version in the database, to see whether another node changed the organisation.</summary>
    public long StoredVersion()
    {
        using var scope = scopes.CreateScope();
        return SnapshotLoader.Version(scope.ServiceProvider.GetRequiredService<OrgDbContext>());
    }

    private OrgSnapshot Swap(Func<OrgDbContext, OrgSnapshot?> load)
    {
        lock (_gate)
        {
            var started = TimeProvider.System.GetTimestamp();
            using var scope = scopes.CreateScope();
            var db = scope.ServiceProvider.GetRequiredService<OrgDbContext>();
            var next = load(db) ?? new OrgSnapshot(
                SnapshotLoader.Version(db), SnapshotLoader.LoadModel(db), SnapshotLoader.LoadGrants(db), SnapshotLoader.LoadAgents(db));
            _current = next;
            logger.LogDebug("Organisation snapshot {Version} loaded in {ElapsedMs:0} ms", next.Version, TimeProvider.System.GetElapsedTime(started).TotalMilliseconds);
            return next;
        }
    }
}
