using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Platform.Core.Forms.Persistence.Entities;
using Platform.Core.Forms.Versions;

namespace Platform.Core.Forms.Records;

/// <summary>Writes a record's queryable fields into its projection slots, and turns query values into column values.</summary>
internal static class Projection
{
    /// <summary>Fills every slot of <paramref name="row"/> from <paramref name="data"/>; slots of fields not in this version are cleared.</summary>
    public static void Apply(FormRecordRow row, FormVersion form, JsonObject data)
    {
        for (var slot = 1; slot <= FormRecordRow.Slots; slot++)
        {
            row.SetSlot(slot, null, null);
        }

        foreach (var (key, slot) in form.Slots)
        {
            var field = form.Field(key);
            if (field is null)
            {
                continue;
            }

            var kind = ProjectionKinds.Of(field);
            data.TryGetPropertyValue(key, out var value);
            row.SetSlot(slot, kind == ProjectionKind.Text ? Text(value) : null, kind is ProjectionKind.Number or ProjectionKind.Time ? Number(value, kind) : null);
        }
    }

    /// <summary>The text column's value of a JSON value: strings as they are, arrays joined with commas.</summary>
    public static string? Text(JsonNode? value) => value switch
    {
        null => null,
        JsonArray array => string.Join(",", array.Select(Text)),
        JsonValue v when v.GetValueKind() == JsonValueKind.String => v.GetValue<string>(),
        JsonObject o => o.TryGetPropertyValue("id", out var id) ? Text(id) : o.ToJsonString(),
        _ => value.ToJsonString(),
    };

    /// <summary>The number column's value of a JSON value, or <see langword="null"/> when it is not one of the kind.</summary>
    public static double? Number(JsonNode? value, ProjectionKind kind)
    {
        if (value is not JsonValue v)
        {
            return null;
        }

        switch (v.GetValueKind())
        {
            case JsonValueKind.True:
                return 1;
            case JsonValueKind.False:
                return 0;
            case JsonValueKind.Number:
                // The node may wrap a decimal, a long or a JsonElement: its JSON text reads the same for all.
                return double.Parse(v.ToJsonString(), NumberStyles.Float, CultureInfo.InvariantCulture);
            case JsonValueKind.String:
                var text = v.GetValue<string>();
                if (kind == ProjectionKind.Time)
                {
                    return Time(text);
                }

                return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) ? number : null;
            default:
                return null;
        }
    }

    /// <summary>A date (<c>yyyy-MM-dd</c>, midnight UTC) or a time with offset as Unix milliseconds, UTC.</summary>
    public static double? Time(string text)
    {
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return new DateTimeOffset(date.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero).ToUnixTimeMilliseconds();
        }

        return DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var time)
            ? time.ToUnixTimeMilliseconds()
            : null;
    }
}
