using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Platform.Contracts.Errors;
using Platform.Contracts.Persistence;
using Platform.Contracts.Workflow.Definitions;
using Platform.Core.Workflow.Persistence;
using Platform.Core.Workflow.Persistence.Entities;

namespace Platform.Core.Workflow.Definitions;

/// <summary>
/// Checks and publishes process definitions as immutable, numbered versions (<c>wf_definitions</c>) and reads them
/// back through <see cref="ProcessVersionCache"/>. Two publishes of one key racing for the same number are kept apart
/// by a unit of work (a write transaction from the start on SQLite) and, where that does not serialize them, by the
/// primary key (key, version): the loser retries with the next number.
/// </summary>
internal sealed class ProcessDefinitionStore(WorkflowDbContext db, IUnitOfWork unitOfWork, ProcessVersionCache cache, DefinitionChecker checker, TimeProvider clock)
    : IProcessDefinitions
{
    private const int Attempts = 5;

    public Task<IReadOnlyList<DefinitionProblem>> CheckAsync(ProcessDefinition definition, CancellationToken cancellationToken) =>
        checker.CheckAsync(definition, (key, ct) => FindAsync(key, null, ct), cancellationToken);

    public async Task<PublishedProcess> PublishAsync(ProcessDefinition definition, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(definition);
        var problems = await CheckAsync(definition, cancellationToken);
        if (problems.Count > 0)
        {
            throw new PlatformException(
                DefinitionCodes.Invalid,
                $"The process definition has {problems.Count} problem(s); see errors.",
                ErrorKind.Validation,
                problems.Select(p => new FieldError(p.Path, p.Code, p.Message)));
        }

        var json = JsonSerializer.Serialize(definition, WorkflowJson.Options);
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                // In one unit of work (on SQLite a write transaction from the start), so publishes of one key queue
                // rather than race; the primary key still turns a lost race into a retry where that is not so.
                var row = await unitOfWork.RunAsync(ct => InsertNextAsync(definition, json, ct), cancellationToken);
                return cache.Add(Parse(row));
            }
            catch (DbUpdateException ex)
            {
                db.ChangeTracker.Clear();
                if (attempt == Attempts)
                {
                    throw new PlatformException(ErrorCodes.ConcurrencyConflict, $"Process '{definition.Key}' kept being published by others; try again.", ErrorKind.Conflict, innerException: ex);
                }
            }
        }
    }

    public async Task<PublishedProcess?> FindAsync(string key, int? version, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(key);
        var number = version ?? await db.Definitions.AsNoTracking().Where(v => v.Key == key).MaxAsync(v => (int?)v.Version, cancellationToken);
        return number is { } n ? await LoadAsync(key, n, cancellationToken) : null;
    }

    public async Task<IReadOnlyList<PublishedProcess>> ListAsync(CancellationToken cancellationToken)
    {
        var latest = await db.Definitions.AsNoTracking()
            .GroupBy(v => v.Key)
            .Select(g => new { g.Key, Version = g.Max(v => v.Version) })
            .ToListAsync(cancellationToken);
        var processes = new List<PublishedProcess>(latest.Count);
        foreach (var item in latest.OrderBy(x => x.Key, StringComparer.Ordinal))
        {
            processes.Add((await LoadAsync(item.Key, item.Version, cancellationToken))!);
        }

        return processes;
    }

    /// <summary>
    /// A published version for the runtime — the latest when <paramref name="version"/> is null; from the cache after
    /// the first read. Fails with <c>workflow.definition_not_found</c> (404) when there is none.
    /// </summary>
    public async Task<PublishedProcess> GetAsync(string key, int? version, CancellationToken cancellationToken) =>
        await FindAsync(key, version, cancellationToken) ?? throw NotFound(key, version);

    public static PlatformException NotFound(string key, int? version) =>
        PlatformException.NotFound(DefinitionCodes.NotFound, version is null ? $"There is no process '{key}'." : $"Process '{key}' has no version {version}.");

    private async Task<ProcessVersionRow> InsertNextAsync(ProcessDefinition definition, string json, CancellationToken cancellationToken)
    {
        var latest = await db.Definitions.AsNoTracking().Where(v => v.Key == definition.Key).MaxAsync(v => (int?)v.Version, cancellationToken);
        var row = new ProcessVersionRow
        {
            Key = definition.Key,
            Version = (latest ?? 0) + 1,
            Name = definition.Name,
            App = definition.App,
            FormKey = definition.FormKey,
            Definition = json,
            PublishedAtTicks = clock.GetUtcNow().UtcTicks,
        };
        db.Definitions.Add(row);
        await db.SaveChangesAsync(cancellationToken);
        return row;
    }

    private async Task<PublishedProcess?> LoadAsync(string key, int version, CancellationToken cancellationToken)
    {
        if (cache.TryGet(key, version, out var cached))
        {
            return cached;
        }

        var row = await db.Definitions.AsNoTracking().SingleOrDefaultAsync(v => v.Key == key && v.Version == version, cancellationToken);
        return row is null ? null : cache.Add(Parse(row));
    }

    /// <summary>What is stored is what is returned: the definition is read back from its JSON, also right after publishing.</summary>
    private static PublishedProcess Parse(ProcessVersionRow row) =>
        new(row.Key, row.Version, JsonSerializer.Deserialize<ProcessDefinition>(row.Definition, WorkflowJson.Options)!, new DateTimeOffset(row.PublishedAtTicks, TimeSpan.Zero));
}
