using Platform.Contracts.Errors;
using Platform.Contracts.Forms.Definitions;
using Platform.Core.Forms.Persistence.Entities;
using Platform.Core.Forms.Records;

namespace Platform.Core.Forms.Versions;

/// <summary>
/// Gives each queryable field a projection slot. A field keeps the slot it had in earlier versions; a slot once given is
/// never given to another field of the same form (old records still hold the old field's values in it), so a form can
/// have at most eight queryable fields over its whole life.
/// </summary>
internal static class SlotAssignment
{
    public const string TooManyQueryable = "too_many_queryable";

    public static Dictionary<string, int> Assign(FormDefinition definition, IReadOnlyDictionary<string, int>? previous)
    {
        var slots = new Dictionary<string, int>(previous ?? new Dictionary<string, int>(), StringComparer.Ordinal);
        var errors = new List<FieldError>();
        for (var i = 0; i < definition.Fields.Count; i++)
        {
            var field = definition.Fields[i];
            if (!field.Queryable || ProjectionKinds.Of(field) == ProjectionKind.None || slots.ContainsKey(field.Key))
            {
                continue;
            }

            var free = Enumerable.Range(1, FormRecordRow.Slots).Except(slots.Values).DefaultIfEmpty(0).First();
            if (free == 0)
            {
                errors.Add(new FieldError($"fields[{i}].queryable", TooManyQueryable,
                    $"A form can have at most {FormRecordRow.Slots} queryable fields over all its versions; '{field.Key}' would be one more."));
                continue;
            }

            slots[field.Key] = free;
        }

        return errors.Count > 0 ? throw PlatformException.Validation(errors) : slots;
    }
}
