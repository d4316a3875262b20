using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Platform.Contracts.Forms.Definitions;

namespace Platform.Core.Forms.Processing;

/// <summary>
/// Turns what a computed field's expression yielded into its result type: numbers and money rounded to the field's
/// precision (midpoint away from zero), dates as <c>yyyy-MM-dd</c>. A non-finite
/// number (e.g. an average of no rows) gives no value.
/// </summary>
internal static class ComputedValues
{
    public static bool Convert(FieldPlan field, JsonNode? raw, out JsonNode? value)
    {
        value = null;
        if (raw is null)
        {
            return true;
        }

        var kind = raw.GetValueKind();
        switch (field.Definition.ResultType)
        {
            case FieldType.Number or FieldType.Money:
                if (!TryNumber(raw, kind, out var number, out var finite))
                {
                    return false;
                }

                if (!finite)
                {
                    return true;
                }

                // Money stays a number until the record is finished (MoneyValues), so later expressions can add it up.
                value = JsonValue.Create(FieldValues.Normalized(Math.Round(number, field.Precision, MidpointRounding.AwayFromZero)));
                return true;
            case FieldType.Text:
                value = JsonValue.Create(kind == JsonValueKind.String ? raw.GetValue<string>() : raw.ToJsonString());
                return true;
            case FieldType.Date:
                if (kind != JsonValueKind.String)
                {
                    return false;
                }

                var text = raw.GetValue<string>();
                var day = text.Length >= 10 ? text[..10] : text;
                if (FieldPlan.ParseDate(day) is null)
                {
                    return false;
                }

                value = JsonValue.Create(day);
                return true;
            case FieldType.Boolean:
                value = JsonValue.Create(kind switch
                {
                    JsonValueKind.True => true,
                    JsonValueKind.False or JsonValueKind.Null => false,
                    JsonValueKind.Number => FieldValues.TryGetDecimal(raw, out var n) && n != 0,
                    JsonValueKind.String => raw.GetValue<string>().Length > 0,
                    _ => true,
                });
                return true;
            default:
                return false;
        }
    }

    private static bool TryNumber(JsonNode raw, JsonValueKind kind, out decimal number, out bool finite)
    {
        finite = true;
        number = 0;
        if (kind == JsonValueKind.String)
        {
            return decimal.TryParse(raw.GetValue<string>(), NumberStyles.Float, CultureInfo.InvariantCulture, out number);
        }

        if (kind != JsonValueKind.Number)
        {
            return false;
        }

        if (FieldValues.TryGetDecimal(raw, out number))
        {
            return true;
        }

        // NaN, infinities and numbers beyond decimal's range.
        finite = false;
        return true;
    }
}
