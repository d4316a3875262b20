using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Platform.Contracts.Errors;
using Platform.Contracts.Forms.Definitions;
using Platform.Core.Forms.Persistence;
using Platform.Core.Forms.Persistence.Entities;
using Platform.Core.Forms.Processing;

namespace Platform.Core.Forms.Versions;

/// <summary>
/// Publishes definitions as immutable, numbered versions and reads them back. Two publishes of one form racing for
/// the same number are kept apart by the primary key (form, version): the loser retries with the next number.
/// </summary>
internal sealed class FormDefinitionStore(FormsDbContext db, VersionCache cache, IDefinitionChecker checker, ISchemaExporter exporter, TimeProvider clock)
    : IFormDefinitions
{
    public const string NotFoundCode = "forms.definition.not_found";
    private const int Attempts = 5;

    public async Task<PublishedForm> PublishAsync(FormDefinition definition, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(definition);
        var errors = checker.Check(definition);
        if (errors.Count > 0)
        {
            throw PlatformException.Validation(errors);
        }

        for (var attempt = 1; ; attempt++)
        {
            var latest = await LatestAsync(definition.Key, cancellationToken);
            var slots = SlotAssignment.Assign(definition, latest?.Slots);
            var published = new PublishedForm(definition.Key, (latest?.Version ?? 0) + 1, definition, clock.GetUtcNow());
            var row = new FormVersionRow
            {
                FormKey = published.Key,
                Version = published.Version,
                Definition = JsonSerializer.Serialize(definition, DefinitionJson.Options),
                Slots = JsonSerializer.Serialize(slots),
                PublishedAtTicks = published.PublishedAt.UtcTicks,
            };
            db.Versions.Add(row);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                return cache.Add(new FormVersion(published, slots)).Published;
            }
            catch (DbUpdateException ex)
            {
                db.ChangeTracker.Clear();
                if (attempt == Attempts)
                {
                    throw new PlatformException(ErrorCodes.ConcurrencyConflict, $"Form '{definition.Key}' kept being published by others; try again.", ErrorKind.Conflict, innerException: ex);
                }
            }
        }
    }

    public async Task<PublishedForm?> FindAsync(string key, int? version, CancellationToken cancellationToken) =>
        (await FindVersionAsync(key, version, cancellationToken))?.Published;

    public async Task<IReadOnlyList<PublishedForm>> ListAsync(CancellationToken cancellationToken)
    {
        var latest = await db.Versions.AsNoTracking()
            .GroupBy(v => v.FormKey)
            .Select(g => new { Key = g.Key, Version = g.Max(v => v.Version) })
            .ToListAsync(cancellationToken);
        var forms = new List<PublishedForm>(latest.Count);
        foreach (var item in latest.OrderBy(x => x.Key, StringComparer.Ordinal))
        {
            forms.Add((await LoadAsync(item.Key, item.Version, cancellationToken))!.Published);
        }

        return forms;
    }

    public async Task<string> JsonSchemaAsync(string key, int? version, CancellationToken cancellationToken)
    {
        var form = await FindVersionAsync(key, version, cancellationToken) ?? throw NotFound(key, version);
        return exporter.Export(form.Published);
    }

    /// <summary>A version with its projection slots; the latest when <paramref name="version"/> is null.</summary>
    public async Task<FormVersion?> FindVersionAsync(string key, int? version, CancellationToken cancellationToken) =>
        version is { } number ? await LoadAsync(key, number, cancellationToken) : await LatestAsync(key, cancellationToken);

    public static PlatformException NotFound(string key, int? version) =>
        PlatformException.NotFound(NotFoundCode, version is null ? $"There is no form '{key}'." : $"Form '{key}' has no version {version}.");

    private async Task<FormVersion?> LatestAsync(string key, CancellationToken cancellationToken)
    {
        var latest = await db.Versions.AsNoTracking().Where(v => v.FormKey == key).MaxAsync(v => (int?)v.Version, cancellationToken);
        return latest is { } version ? await LoadAsync(key, version, cancellationToken) : null;
    }

    private async Task<FormVersion?> LoadAsync(string key, int version, CancellationToken cancellationToken)
    {
        if (cache.TryGet(key, version, out var cached))
        {
            return cached;
        }

        var row = await db.Versions.AsNoTracking().SingleOrDefaultAsync(v => v.FormKey == key && v.Version == version, cancellationToken);
        if (row is null)
        {
            return null;
        }

        var definition = JsonSerializer.Deserialize<FormDefinition>(row.Definition, DefinitionJson.Options)!;
        var slots = JsonSerializer.Deserialize<Dictionary<string, int>>(row.Slots)!;
        var published = new PublishedForm(row.FormKey, row.Version, definition, new DateTimeOffset(row.PublishedAtTicks, TimeSpan.Zero));
        return cache.Add(new FormVersion(published, slots));
    }
}
