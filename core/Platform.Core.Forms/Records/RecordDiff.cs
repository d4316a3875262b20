using System.Text.Json.Nodes;

namespace Platform.Core.Forms.Records;

/// <summary>The fields that differ between two versions of a record's data, as history shows them.</summary>
internal static class RecordDiff
{
    /// <summary>Per changed field <c>{ "from": …, "to": … }</c>; every field of <paramref name="after"/> when <paramref name="before"/> is null.</summary>
    public static JsonObject Between(JsonObject? before, JsonObject after)
    {
        var changes = new JsonObject();
        var keys = (before?.Select(p => p.Key) ?? []).Union(after.Select(p => p.Key), StringComparer.Ordinal);
        foreach (var key in keys)
        {
            JsonNode? from = null;
            before?.TryGetPropertyValue(key, out from);
            after.TryGetPropertyValue(key, out var to);
            if (before is not null && JsonNode.DeepEquals(from, to))
            {
                continue;
            }

            changes[key] = new JsonObject { ["from"] = from?.DeepClone(), ["to"] = to?.DeepClone() };
        }

        return changes;
    }
}
