using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Platform.Core.Workflow.Persistence;
using Platform.Core.Workflow.Persistence.Entities;

namespace Platform.Core.Workflow.Runtime;

/// <summary>Idempotency keys: per actor; the first result is stored in the same unit of work as the action it belongs to.</summary>
internal static class Idempotency
{
    public static async Task<T?> FindAsync<T>(WorkflowDbContext db, string actor, string? key, string operation, CancellationToken cancellationToken)
        where T : class
    {
        if (key is null)
        {
            return null;
        }

        if (key.Length is 0 or > 200)
        {
            throw WorkflowErrors.Invalid("workflow.idempotency_key_invalid", "idempotencyKey", "An idempotency key has 1 to 200 characters.");
        }

        var row = await db.Idempotency.AsNoTracking().FirstOrDefaultAsync(r => r.ActorId == actor && r.Key == key, cancellationToken);
        if (row is null)
        {
            return null;
        }

        return row.Operation == operation
            ? JsonSerializer.Deserialize<T>(row.Result, WorkflowJson.Options)
            : throw WorkflowErrors.Conflicting(WorkflowErrors.IdempotencyKeyReused, $"Idempotency key '{key}' was already used for '{row.Operation}'.");
    }

    public static async Task RememberAsync<T>(WorkflowDbContext db, string actor, string? key, string operation, T result, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (key is null)
        {
            return;
        }

        db.Idempotency.Add(new IdempotencyRow
        {
            ActorId = actor,
            Key = key,
            Operation = operation,
            Result = JsonSerializer.Serialize(result, WorkflowJson.Options),
            AtTicks = now.UtcTicks,
        });
        await db.SaveChangesAsync(cancellationToken);
    }
}
