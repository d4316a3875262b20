using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Platform.Core.Forms.Processing;

/// <summary>
/// Money is stored as an exact decimal string (<c>"1234.50"</c>) but read by expressions as a number, so that
/// <c>sum(items.amount)</c> and <c>net * 1.13</c> work: before computing, money values become numbers; afterwards,
/// strings with exactly the field's precision again.
/// </summary>
internal static class MoneyValues
{
    public static void AsNumbers(FormPlan plan, JsonObject record) => Convert(plan, record, ToNumber);

    public static void AsText(FormPlan plan, JsonObject record) => Convert(plan, record, ToText);

    private static void Convert(FormPlan plan, JsonObject record, Func<FieldPlan, JsonNode?, JsonNode?> convert)
    {
        foreach (var field in plan.Money)
        {
            if (record[field.Key] is { } value)
            {
                record[field.Key] = convert(field, value);
            }
        }

        foreach (var table in plan.TablesWithMoney)
        {
            if (record[table.Key] is not JsonArray rows)
            {
                continue;
            }

            foreach (var row in rows)
            {
                if (row is not JsonObject cells)
                {
                    continue;
                }

                foreach (var column in table.Columns)
                {
                    if (column.IsMoney && cells[column.Key] is { } value)
                    {
                        cells[column.Key] = convert(column, value);
                    }
                }
            }
        }
    }

    private static JsonNode? ToNumber(FieldPlan field, JsonNode? value) =>
        value is JsonValue v && v.GetValueKind() == JsonValueKind.String
        && decimal.TryParse(v.GetValue<string>(), NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number)
            ? JsonValue.Create(number)
            : value?.DeepClone();

    private static JsonNode? ToText(FieldPlan field, JsonNode? value) =>
        value is not null && FieldValues.TryGetDecimal(value, out var number)
            ? JsonValue.Create(FieldValues.MoneyText(number, field.Precision))
            : value?.DeepClone();
}
