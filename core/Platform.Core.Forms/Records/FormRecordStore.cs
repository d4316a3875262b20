using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Platform.Contracts.Errors;
using Platform.Contracts.Forms.Permissions;
using Platform.Contracts.Forms.Records;
using Platform.Contracts.Identity;
using Platform.Contracts.Paging;
using Platform.Core.Forms.Persistence;
using Platform.Core.Forms.Persistence.Entities;
using Platform.Core.Forms.Processing;
using Platform.Core.Forms.Versions;

namespace Platform.Core.Forms.Records;

/// <summary>
/// Records: each write goes through the record processor against the record's own form version, then stores the
/// document, its queryable projection and a history entry in one save. Updates race on <c>revision</c>, the row's
/// concurrency token: of two updates based on the same revision exactly one is saved, the other gets
/// <see cref="ErrorCodes.ConcurrencyConflict"/>.
/// </summary>
internal sealed class FormRecordStore(FormsDbContext db, FormDefinitionStore definitions, IRecordProcessor processor, ICurrentUser user, TimeProvider clock)
    : IFormRecords
{
    public const string NotFoundCode = "forms.record.not_found";

    public async Task<FormRecord> CreateAsync(string formKey, JsonObject data, FieldPermissionProfile? profile, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(data);
        var form = await definitions.FindVersionAsync(formKey, null, cancellationToken) ?? throw FormDefinitionStore.NotFound(formKey, null);
        profile ??= FieldPermissionProfile.AllEditable;
        var stored = processor.Process(form.Definition, null, data, profile);
        var now = clock.GetUtcNow().UtcTicks;
        var row = new FormRecordRow
        {
            Id = Guid.CreateVersion7().ToString(),
            FormKey = form.Key,
            FormVersion = form.Version,
            Data = stored.ToJsonString(),
            Revision = 1,
            CreatedAtTicks = now,
            UpdatedAtTicks = now,
            CreatedBy = user.UserId,
        };
        Projection.Apply(row, form, stored);
        db.Records.Add(row);
        // The creation entry stores nothing: the record's first values follow from its current data and the later
        // changes (HistoryAsync derives them), so the document is not written twice.
        db.Changes.Add(Change(row, []));
        await db.SaveChangesAsync(cancellationToken);
        db.ChangeTracker.Clear();

        // The processed document is this call's own: when the profile hides nothing it is returned as it is
        // (redacting copies every cell, over a thousand for a form with a large sub-table).
        return ToRecord(row, HidesNothing(profile) ? stored : processor.Redact(form.Definition, stored, profile));
    }

    /// <summary>Whether redacting for <paramref name="profile"/> would leave every field and column in place.</summary>
    internal static bool HidesNothing(FieldPermissionProfile profile) =>
        profile.Default != FieldAccess.Hidden && !profile.Fields.Values.Contains(FieldAccess.Hidden);

    public async Task<FormRecord?> FindAsync(string id, FieldPermissionProfile? profile, CancellationToken cancellationToken)
    {
        var row = await db.Records.AsNoTracking().SingleOrDefaultAsync(r => r.Id == id, cancellationToken);
        if (row is null)
        {
            return null;
        }

        var data = JsonNode.Parse(row.Data)!.AsObject();
        if (profile is not null)
        {
            var form = await VersionOfAsync(row, cancellationToken);
            data = processor.Redact(form.Definition, data, profile);
        }

        return ToRecord(row, data);
    }

    public async Task<FormRecord> UpdateAsync(string id, long expectedRevision, JsonObject data, FieldPermissionProfile? profile, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(data);
        var row = await db.Records.SingleOrDefaultAsync(r => r.Id == id, cancellationToken) ?? throw NotFound(id);
        if (row.Revision != expectedRevision)
        {
            throw Conflict(id, row.Revision, expectedRevision);
        }

        profile ??= FieldPermissionProfile.AllEditable;
        var form = await VersionOfAsync(row, cancellationToken);
        var before = JsonNode.Parse(row.Data)!.AsObject();
        var after = processor.Process(form.Definition, before, data, profile);
        var changes = RecordDiff.Between(before, after);
        if (changes.Count == 0)
        {
            db.ChangeTracker.Clear();
            return ToRecord(row, processor.Redact(form.Definition, after, profile));
        }

        row.Data = after.ToJsonString();
        row.Revision = expectedRevision + 1;
        row.UpdatedAtTicks = clock.GetUtcNow().UtcTicks;
        Projection.Apply(row, form, after);
        db.Changes.Add(Change(row, changes));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException ex)
        {
            // Lost the race: the revision moved on, so no row was updated.
            throw Conflict(id, null, expectedRevision, ex);
        }
        catch (DbUpdateException ex)
        {
            // Lost the race the other way (the winner's history entry for this revision was written first), or a real fault.
            if (await RevisionMovedAsync(id, expectedRevision, cancellationToken))
            {
                throw Conflict(id, null, expectedRevision, ex);
            }

            throw;
        }
        finally
        {
            db.ChangeTracker.Clear();
        }

        return ToRecord(row, processor.Redact(form.Definition, after, profile));
    }

    public async Task<IReadOnlyList<FormRecordChange>> HistoryAsync(string id, CancellationToken cancellationToken)
    {
        var current = await db.Records.AsNoTracking().Where(r => r.Id == id).Select(r => r.Data).SingleOrDefaultAsync(cancellationToken)
            ?? throw NotFound(id);
        var changes = await db.Changes.AsNoTracking().Where(c => c.RecordId == id).OrderBy(c => c.Revision).ToListAsync(cancellationToken);
        var entries = changes.Select(c => (Row: c, Changes: JsonNode.Parse(c.Changes)!.AsObject())).ToList();
        if (entries.Count > 0 && entries[0].Changes.Count == 0)
        {
            entries[0] = (entries[0].Row, RecordDiff.Between(null, FirstValues(JsonNode.Parse(current)!.AsObject(), entries.Skip(1).Select(e => e.Changes))));
        }

        return entries
            .Select(e => new FormRecordChange(e.Row.Revision, new DateTimeOffset(e.Row.AtTicks, TimeSpan.Zero), e.Row.By, e.Changes))
            .ToList();
    }

    /// <summary>The record's first values: its current data with every later change undone, newest first.</summary>
    private static JsonObject FirstValues(JsonObject data, IEnumerable<JsonObject> laterChanges)
    {
        foreach (var change in laterChanges.Reverse())
        {
            foreach (var (field, fromTo) in change)
            {
                if (fromTo?["from"] is { } from)
                {
                    data[field] = from.DeepClone();
                }
                else
                {
                    data.Remove(field);
                }
            }
        }

        return data;
    }

    public async Task<Page<FormRecord>> QueryAsync(RecordQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var latest = await definitions.FindVersionAsync(query.FormKey, null, cancellationToken) ?? throw FormDefinitionStore.NotFound(query.FormKey, null);
        var page = query.Page;
        var ids = await (await RecordQueryPlan.ApplyAsync(db.Records.AsNoTracking(), latest, query, cancellationToken))
            .Select(r => r.Id)
            .Skip(page.Offset)
            .Take(page.Limit)
            .ToListAsync(cancellationToken);

        // Documents are read for the page only, by primary key, after the indexed query chose and ordered it.
        var rows = await db.Records.AsNoTracking().Where(r => ids.Contains(r.Id)).ToDictionaryAsync(r => r.Id, cancellationToken);
        var items = ids.Where(rows.ContainsKey).Select(id => ToRecord(rows[id], JsonNode.Parse(rows[id].Data)!.AsObject())).ToList();
        return new Page<FormRecord>(items, page.Offset, page.Limit, null);
    }

    private async Task<bool> RevisionMovedAsync(string id, long expectedRevision, CancellationToken cancellationToken)
    {
        db.ChangeTracker.Clear();
        return await db.Records.AsNoTracking().Where(r => r.Id == id).Select(r => r.Revision).FirstOrDefaultAsync(cancellationToken) != expectedRevision;
    }

    private async Task<FormVersion> VersionOfAsync(FormRecordRow row, CancellationToken cancellationToken) =>
        await definitions.FindVersionAsync(row.FormKey, row.FormVersion, cancellationToken)
        ?? throw new InvalidOperationException($"Record '{row.Id}' follows version {row.FormVersion} of form '{row.FormKey}', which is missing.");

    private FormRecordChangeRow Change(FormRecordRow row, JsonObject changes) => new()
    {
        RecordId = row.Id,
        Revision = row.Revision,
        AtTicks = row.UpdatedAtTicks,
        By = user.UserId,
        Changes = changes.ToJsonString(),
    };

    private static FormRecord ToRecord(FormRecordRow row, JsonObject data) =>
        new(row.Id, row.FormKey, row.FormVersion, data, row.Revision, new DateTimeOffset(row.CreatedAtTicks, TimeSpan.Zero), new DateTimeOffset(row.UpdatedAtTicks, TimeSpan.Zero));

    private static PlatformException NotFound(string id) => PlatformException.NotFound(NotFoundCode, $"There is no record '{id}'.");

    private static PlatformException Conflict(string id, long? actual, long expected, Exception? inner = null) =>
        new(ErrorCodes.ConcurrencyConflict,
            actual is { } now
                ? $"Record '{id}' is at revision {now}, not {expected}: someone changed it since you read it. Read it again and reapply your change."
                : $"Record '{id}' was changed by someone else since revision {expected}. Read it again and reapply your change.",
            ErrorKind.Conflict,
            innerException: inner);
}
